import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Bundlers do not copy tfjs-backend-wasm's .wasm binaries, and they must
 * not be committed: this serves them in dev and copies them into the build
 * under `<base>tfjs-wasm/`, where the lab's worker points setWasmPaths
 * (all three files, so tfjs picks the SIMD one where the browser has SIMD).
 */
export const LAB_WASM_DIR = 'tfjs-wasm';

/** The installed tfjs-backend-wasm's `dist/` folder: its binaries, and the one-file build the lab engine bundles. */
export function wasmSourceDir(): string {
	const require = createRequire(import.meta.url);
	return join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
}

function wasmFiles(sourceDir: string): string[] {
	const files = readdirSync(sourceDir).filter((name) => name.endsWith('.wasm'));
	if (files.length === 0) throw new Error(`lab-wasm: no .wasm files in ${sourceDir}; is @tensorflow/tfjs-backend-wasm installed?`);
	return files;
}

export function labWasm(): AstroIntegration {
	let base = '/';
	return {
		name: 'lab-wasm',
		hooks: {
			'astro:config:setup': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:server:setup': ({ server }) => {
				const sourceDir = wasmSourceDir();
				const files = new Set(wasmFiles(sourceDir));
				const prefix = `${base}${LAB_WASM_DIR}/`;
				server.middlewares.use((request, response, next) => {
					const path = (request.url ?? '').split('?')[0] ?? '';
					const name = path.startsWith(prefix) ? path.slice(prefix.length) : '';
					if (!files.has(name)) return next();
					response.setHeader('content-type', 'application/wasm');
					response.end(readFileSync(join(sourceDir, name)));
				});
			},
			'astro:build:done': ({ dir, logger }) => {
				const sourceDir = wasmSourceDir();
				const target = join(fileURLToPath(dir), LAB_WASM_DIR);
				mkdirSync(target, { recursive: true });
				const files = wasmFiles(sourceDir);
				for (const name of files) copyFileSync(join(sourceDir, name), join(target, name));
				logger.info(`copied ${files.length} tfjs wasm files to ${LAB_WASM_DIR}/`);
			},
		},
	};
}

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rolldown, type OutputChunk } from 'rolldown';
import { normalizePath, type Plugin } from 'vite';
import { wasmSourceDir } from './lab-wasm.ts';

/**
 * The lab's engine (src/components/lab/lab-engine.ts: tfjs and the training
 * code) is one set of files that the workers start from and the cpu
 * fallback imports, so tfjs ships once. `runner.ts` gets its URL from the
 * virtual module `virtual:lab-engine-url`.
 *
 * In a build the engine is bundled by its own rolldown build, started as
 * soon as the config is read: it runs on rolldown's native threads while
 * Astro syncs content on the main thread, and none of its ~1,000 tfjs
 * modules go through the site's Vite plugins: on 2 cores it adds about
 * 0.35 s to a build, where bundling it inside the client build cost 1 s.
 * The client build then only adds its files. In dev the URL is the
 * module's dev-server URL and Vite serves it like any other.
 */
const VIRTUAL_ID = 'virtual:lab-engine-url';
/** The engine's files in the build's assets folder start with this name (the offline integration keeps them apart). */
export const LAB_ENGINE_NAME = 'lab-engine';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const ENGINE_FILE = normalizePath(fileURLToPath(new URL('../components/lab/lab-engine.ts', import.meta.url)));
const SRC_DIR = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');

/** Vite's default build target ('baseline-widely-available'), which the rest of the client code gets too. */
const TARGET = ['chrome111', 'edge111', 'firefox114', 'safari16.4'];

/**
 * The wasm backend's one-file ES build: the same code as its ~100 module
 * files (the engine is the same size) and quicker to bundle. tfjs-core's
 * one-file build, by contrast, adds 24 KB gzip: all its chained ops come
 * along.
 */
function wasmBackendBundle(): string {
	return join(wasmSourceDir(), 'tf-backend-wasm.fesm.js');
}

/** Bundles the engine: an entry chunk plus the chunks it imports (the cpu backend is one of its own). */
export async function bundleLabEngine(): Promise<OutputChunk[]> {
	const bundle = await rolldown({
		input: { [LAB_ENGINE_NAME]: ENGINE_FILE },
		platform: 'browser',
		resolve: { alias: { '@': SRC_DIR, '@tensorflow/tfjs-backend-wasm': wasmBackendBundle() } },
		transform: { target: TARGET, define: { 'process.env.NODE_ENV': '"production"' } },
		// The fallback imports the entry for its exports.
		preserveEntrySignatures: 'strict',
	});
	try {
		const { output } = await bundle.generate({
			format: 'es',
			minify: true,
			comments: false,
			entryFileNames: '[name].[hash].js',
			chunkFileNames: `${LAB_ENGINE_NAME}-[hash].js`,
		});
		return output.filter((file): file is OutputChunk => file.type === 'chunk');
	} finally {
		await bundle.close();
	}
}

/**
 * `engine` is the bundle started for this build (undefined in dev). Its
 * files go into the build's assets folder under their own hashed names,
 * next to each other, so the entry's relative imports resolve.
 */
function labEnginePlugin({ engine, assetsDir }: { engine: Promise<OutputChunk[]> | undefined; assetsDir: string }): Plugin {
	let root = '';
	let base = '/';
	return {
		name: 'lab-engine',
		enforce: 'pre',
		applyToEnvironment: (environment) => environment.name === 'client',
		configResolved(config) {
			root = config.root;
			base = config.base;
		},
		resolveId: {
			filter: { id: new RegExp(`^${VIRTUAL_ID}$`) },
			handler: () => RESOLVED_ID,
		},
		load: {
			filter: { id: new RegExp(`^\\0${VIRTUAL_ID}$`) },
			async handler() {
				if (!engine) {
					const path = ENGINE_FILE.startsWith(root) ? ENGINE_FILE.slice(root.length) : `/@fs${ENGINE_FILE}`;
					return `export default new URL(${JSON.stringify(base.replace(/\/$/, '') + path)}, location.origin).href;`;
				}
				const files = await engine;
				let entryReference = '';
				for (const file of files) {
					const reference = this.emitFile({ type: 'asset', fileName: `${assetsDir}/${file.fileName}`, source: file.code });
					if (file.isEntry) entryReference = reference;
				}
				return `export default import.meta.ROLLDOWN_FILE_URL_${entryReference};`;
			},
		},
	};
}

/** Starts the engine's bundle as soon as a build's config is read, and adds the plugin that serves or emits it. */
export function labEngine(): AstroIntegration {
	return {
		name: 'lab-engine',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				const engine = command === 'build' ? bundleLabEngine() : undefined;
				// Awaited by the client build; until then a failure must not count as unhandled.
				engine?.catch(() => undefined);
				updateConfig({ vite: { plugins: [labEnginePlugin({ engine, assetsDir: config.build.assets })] } });
			},
		},
	};
}

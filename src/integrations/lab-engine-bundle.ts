import { fork } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown, type OutputChunk } from 'rolldown';
import { wasmSourceDir } from './lab-wasm.ts';

/** The engine's files in the build's assets folder start with this name (the offline integration keeps them apart). */
export const LAB_ENGINE_NAME = 'lab-engine';
/** The lab's engine: tfjs and the training code. */
export const ENGINE_FILE = fileURLToPath(new URL('../components/lab/lab-engine.ts', import.meta.url));
const SRC_DIR = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');

/** Vite's default build target ('baseline-widely-available'), which the rest of the client code gets too. */
const TARGET = ['chrome111', 'edge111', 'firefox114', 'safari16.4'];

/** One file of the engine's bundle, as the build emits it. */
export type EngineFile = Pick<OutputChunk, 'fileName' | 'code' | 'isEntry' | 'exports' | 'imports' | 'dynamicImports'>;

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
export async function bundleLabEngine(): Promise<EngineFile[]> {
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
		return output
			.filter((file): file is OutputChunk => file.type === 'chunk')
			.map(({ fileName, code, isEntry, exports, imports, dynamicImports }) => ({ fileName, code, isEntry, exports, imports, dynamicImports }));
	} finally {
		await bundle.close();
	}
}

/**
 * bundleLabEngine in a Node process of its own (lab-engine-process.ts).
 * Rolldown keeps the memory it took for tfjs's ~1,000 modules until its
 * process ends (about 290 MB of resident memory, measured), so bundled in
 * the build's own process the engine added that to the peak memory of every
 * later step; the child process gives it back when it exits. Without Node's
 * TypeScript support (type stripping) it bundles in this process.
 */
export function bundleLabEngineApart(): Promise<EngineFile[]> {
	if (!process.features.typescript) return bundleLabEngine();
	return new Promise((resolve, reject) => {
		const child = fork(fileURLToPath(new URL('./lab-engine-process.ts', import.meta.url)), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
		let files: EngineFile[] | undefined;
		child.on('message', (message) => {
			files = message as EngineFile[];
		});
		child.on('error', reject);
		child.on('exit', (code) => (files ? resolve(files) : reject(new Error(`lab-engine: bundling the lab's engine failed (exit code ${code}); the error is above`))));
	});
}

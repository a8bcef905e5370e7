import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizePath, type Plugin } from 'vite';

/**
 * `virtual:lab-engine-url` is the URL of src/components/lab/lab-engine.ts.
 * In a build it is emitted once as a chunk of the client build, so the
 * lab's workers and its main-thread fallback load the same file and tfjs
 * is bundled once (a Vite `new Worker(new URL(…))` is a second bundle of
 * its own, and a worker entry loses its exports). In dev it is the module's
 * dev-server URL.
 *
 * The wasm backend resolves to its one-file ES build: the same code as its
 * ~100 module files, so the engine is the same size, and bundling it is
 * about 0.2 s faster (tfjs-core's one-file build, by contrast, adds 24 KB
 * gzip because all its chained ops come along).
 */
const VIRTUAL_ID = 'virtual:lab-engine-url';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const ENGINE_FILE = normalizePath(fileURLToPath(new URL('../components/lab/lab-engine.ts', import.meta.url)));
const WASM_BACKEND = '@tensorflow/tfjs-backend-wasm';

function wasmBackendBundle(): string {
	const require = createRequire(import.meta.url);
	return join(dirname(require.resolve(`${WASM_BACKEND}/package.json`)), 'dist/tf-backend-wasm.fesm.js');
}

export function labEnginePlugin(): Plugin {
	let serving = false;
	let root = '';
	let base = '/';
	return {
		name: 'lab-engine-url',
		enforce: 'pre',
		applyToEnvironment: (environment) => environment.name === 'client',
		configResolved(config) {
			serving = config.command === 'serve';
			root = config.root;
			base = config.base;
		},
		resolveId: {
			filter: { id: [new RegExp(`^${VIRTUAL_ID}$`), new RegExp(`^${WASM_BACKEND}$`)] },
			handler: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : wasmBackendBundle()),
		},
		load: {
			filter: { id: new RegExp(`^\\0${VIRTUAL_ID}$`) },
			handler() {
				if (serving) {
					const path = ENGINE_FILE.startsWith(root) ? ENGINE_FILE.slice(root.length) : `/@fs${ENGINE_FILE}`;
					return `export default new URL(${JSON.stringify(base.replace(/\/$/, '') + path)}, location.origin).href;`;
				}
				const reference = this.emitFile({ type: 'chunk', id: ENGINE_FILE, name: 'lab-engine', preserveSignature: 'strict' });
				return `export default import.meta.ROLLDOWN_FILE_URL_${reference};`;
			},
		},
	};
}

import type { AstroIntegration } from 'astro';
import { normalizePath, type Plugin } from 'vite';
import { bundleLabEngineApart, ENGINE_FILE, type EngineFile } from './lab-engine-bundle.ts';

/**
 * The lab's engine (src/components/lab/lab-engine.ts: tfjs and the training
 * code) is one set of files that the workers start from and the cpu
 * fallback imports, so tfjs ships once. `runner.ts` gets its URL from the
 * virtual module `virtual:lab-engine-url`.
 *
 * In a build the engine is bundled by its own rolldown build
 * (lab-engine-bundle.ts), in a Node process of its own started as soon as
 * the config is read: it runs while Astro syncs content, and none of its
 * ~1,000 tfjs modules go through the site's Vite plugins: on 2 cores it
 * adds about 0.35 s to a build, where bundling it inside the client build
 * cost 1 s. The client build then only adds its files. In dev the URL is
 * the module's dev-server URL and Vite serves it like any other.
 */
const VIRTUAL_ID = 'virtual:lab-engine-url';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * `engine` is the bundle started for this build (undefined in dev). Its
 * files go into the build's assets folder under their own hashed names,
 * next to each other, so the entry's relative imports resolve.
 */
function labEnginePlugin({ engine, assetsDir }: { engine: Promise<EngineFile[]> | undefined; assetsDir: string }): Plugin {
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
					const file = normalizePath(ENGINE_FILE);
					const path = file.startsWith(root) ? file.slice(root.length) : `/@fs${file}`;
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
				const engine = command === 'build' ? bundleLabEngineApart() : undefined;
				// Awaited by the client build; until then a failure must not count as unhandled.
				engine?.catch(() => undefined);
				updateConfig({ vite: { plugins: [labEnginePlugin({ engine, assetsDir: config.build.assets })] } });
			},
		},
	};
}

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Astro's module holding the content data store (lessons' HTML, the collections' entries). */
export const dataStoreModuleId = '\0astro:data-layer-content';
/**
 * The module information Astro gives its own version of the module
 * (core/build/incremental-metadata.js): it marks the data store as content
 * data, which Astro's incremental builds leave out of the code they hash.
 */
const contentDataMeta = { astroIncremental: { kind: 'content-data' } };

/**
 * The data store module of a static build, read from the file the content
 * sync wrote rather than from a string literal in the bundle. Undefined
 * when there is no such file (Astro's module then stays as it is).
 */
export function dataStoreModuleCode(storeFile: string): string | undefined {
	if (!existsSync(storeFile)) return undefined;
	return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`;
}

/**
 * Astro puts the content data store into the bundle that renders the pages
 * as one JavaScript string, `JSON.parse("…")`. V8 compiles a string literal
 * of that size slowly: with 1,000 lessons per locale (a 23 MB store) the
 * import alone takes about 4 s of CPU, while reading the same JSON from disk
 * and parsing it takes 0.5 s. In a static build that bundle runs once, in
 * the build's own process, after the content sync has written the store to
 * `cacheDir`, and is deleted when the pages are written: so there it reads
 * the file. This plugin loads the module ahead of Astro's, so the build
 * never makes Astro's version either: reading the store, parsing it once
 * to check it (the content sync has just written it) and escaping it into
 * that string came to hundreds of megabytes of short-lived strings and
 * objects at that size, which raised the build's peak memory. The dev
 * server and server output keep Astro's module.
 */
export function dataStoreFile(): AstroIntegration {
	return {
		name: 'data-store-file',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				// A chunked store (experimental.collectionStorage) is a folder of parts, not this file.
				if (command !== 'build' || config.output !== 'static' || (config.experimental.collectionStorage ?? 'single-file') !== 'single-file') return;
				const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
				const plugin: Plugin = {
					name: 'data-store-file',
					apply: 'build',
					load: {
						// Before Astro's own plugin, which would otherwise make its version first.
						order: 'pre',
						filter: { id: new RegExp(`^${dataStoreModuleId}$`) },
						handler(id) {
							if (id !== dataStoreModuleId || this.environment.config.consumer !== 'server') return undefined;
							const code = dataStoreModuleCode(storeFile);
							return code === undefined ? undefined : { code, map: { mappings: '' }, meta: contentDataMeta };
						},
					},
				};
				updateConfig({ vite: { plugins: [plugin] } });
			},
		},
	};
}

/**
 * The content collections' loaders as the config loaded them. Node loads
 * astro.config.mjs and all it imports (content-loaders.ts, site-content.ts
 * and the reading and checking code under src/lib/) by stripping the
 * types; Vite then loads src/content.config.ts apart from the config, and
 * through a plain import it would transform and run all that code again as
 * a second copy, at every start. The config shares its copy here instead,
 * on `globalThis`, which both module instances see (as memo-by-files.ts
 * shares what the code reads). A tool that loads content.config.ts without
 * the config gets the loaders imported as usual. An edit to the loaders'
 * code takes effect when the dev server starts again.
 */
import type * as ContentLoaders from './content-loaders.ts';

export type ContentLoaderFactories = typeof ContentLoaders;

const sharedKey = Symbol.for('transfer-learning-site.contentLoaders');
const shared = globalThis as { [sharedKey]?: ContentLoaderFactories };

/** Called by the config with the loaders it imported. */
export function shareContentLoaders(loaders: ContentLoaderFactories): void {
	shared[sharedKey] = loaders;
}

/** The loaders the config shared, or the module imported here when no config ran. */
export async function contentLoaders(): Promise<ContentLoaderFactories> {
	return shared[sharedKey] ?? (await import('./content-loaders.ts'));
}

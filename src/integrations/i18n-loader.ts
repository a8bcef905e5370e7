import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { mergeResources, type ResourceFile } from '../lib/i18n-resources';
import { locales } from '../lib/locales';

/** Reads every `src/i18n/<locale>/*.json` file of one locale, sorted by name. */
export function readLocaleResources(root: string, code: string): ResourceFile[] {
	const dir = join(root, 'src/i18n', code);
	let names: string[];
	try {
		names = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
	} catch {
		return [];
	}
	return names.map((name) => {
		const path = `src/i18n/${code}/${name}`;
		try {
			return { path, data: JSON.parse(readFileSync(join(dir, name), 'utf8')) };
		} catch (error) {
			throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
		}
	});
}

/**
 * Feeds Starlight's `i18n` collection from `src/i18n/<locale>/*.json`,
 * one entry per locale keyed by its BCP 47 tag, as Starlight expects.
 */
export function i18nResourcesLoader(): Loader {
	return {
		name: 'i18n-resources-loader',
		load: async ({ store, parseData, config, watcher }) => {
			const root = new URL(config.root).pathname;
			store.clear();
			for (const locale of locales) {
				const data = mergeResources(readLocaleResources(root, locale.code));
				store.set({ id: locale.lang, data: await parseData({ id: locale.lang, data }) });
			}
			watcher?.add(join(root, 'src/i18n'));
		},
	};
}

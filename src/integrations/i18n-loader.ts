import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { Problem } from '../lib/content/problems';
import { mergeResources, parseResourceFile, type ResourceFile } from '../lib/i18n-resources';
import { locales } from '../lib/locales';

/** Every `src/i18n/<locale>/*.json` file of one locale, sorted by name, and the files that are not JSON. */
export function readLocaleFiles(root: string, code: string): { files: ResourceFile[]; problems: Problem[] } {
	const dir = join(root, 'src/i18n', code);
	const names = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')).sort() : [];
	const files: ResourceFile[] = [];
	const problems: Problem[] = [];
	for (const name of names) {
		const parsed = parseResourceFile(`src/i18n/${code}/${name}`, readFileSync(join(dir, name), 'utf8'));
		if ('file' in parsed) files.push(parsed.file);
		else problems.push(parsed.problem);
	}
	return { files, problems };
}

/** The files of one locale; throws naming the file of the first one that is not JSON. */
export function readLocaleResources(root: string, code: string): ResourceFile[] {
	const { files, problems } = readLocaleFiles(root, code);
	const [first] = problems;
	if (first) throw new Error(`${first.file}${first.line ? `:${first.line}` : ''}: ${first.message}`);
	return files;
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

import { mergeResources, type ResourceFile } from '../i18n-resources.ts';
import type { ContentAdapter, ProjectFiles } from './project-files.ts';
import type { SourceItem, TranslatedItem } from './types.ts';

/**
 * Interface strings: every key of `src/i18n/<source>/*.json` should exist in
 * `src/i18n/<locale>/`, in the file of the same name. No outdated check:
 * a string whose meaning changes gets a new key (docs/translating.md).
 */

/** Overrides of Starlight's own strings: they have no English file here, so they are never orphans. */
const starlightOverrides = 'starlight.json';

function fileName(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}

/** Each key of a locale's files with the file that defines it; throws naming the file on bad JSON or a duplicate key. */
function keysOf(files: ProjectFiles, locale: string): Map<string, string> {
	const dir = `src/i18n/${locale}`;
	const resources: ResourceFile[] = files
		.list(dir)
		.filter((path) => path.endsWith('.json') && !path.slice(dir.length + 1).includes('/'))
		.sort()
		.map((path) => {
			try {
				return { path, data: JSON.parse(files.read(path) ?? '') };
			} catch (error) {
				throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
			}
		});
	mergeResources(resources);
	const fileOfKey = new Map<string, string>();
	for (const resource of resources) for (const key of Object.keys(resource.data as object)) fileOfKey.set(key, resource.path);
	return fileOfKey;
}

export const uiStringsAdapter: ContentAdapter = {
	kind: 'ui',
	inventory(files, locales, sourceLocale) {
		const sourceKeys = keysOf(files, sourceLocale);
		const source: SourceItem[] = [...sourceKeys].map(([id, file]) => ({ id, file }));
		const translations: Record<string, TranslatedItem[]> = {};
		for (const locale of locales) {
			if (locale === sourceLocale) continue;
			translations[locale] = [...keysOf(files, locale)]
				.filter(([id, file]) => sourceKeys.has(id) || fileName(file) !== starlightOverrides)
				.map(([id, file]) => ({ id, file }));
		}
		return { kind: 'ui', source, translations, expectedFile: (item, locale) => `src/i18n/${locale}/${fileName(item.file)}` };
	},
};

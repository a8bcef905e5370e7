import { isRecord, readYaml, type ContentAdapter, type ProjectFiles } from './project-files.ts';
import { readRecordedHash, sourceHashOf } from './source-hash.ts';
import type { SourceItem, TranslatedItem } from './types.ts';

/**
 * Glossary entries: each item of `content/glossary/<source>.yaml` should have
 * an item with the same id in `content/glossary/<locale>.yaml`. The hash
 * covers the English term and definition; alternatives are variants seen in
 * each language's own literature, not translations of the English ones.
 */

const glossaryFile = (locale: string) => `content/glossary/${locale}.yaml`;

/** The entries of a locale's file with an id (the glossary's own check reports the rest at build time). */
function entries(files: ProjectFiles, locale: string): Record<string, unknown>[] {
	const data = readYaml(files, glossaryFile(locale));
	return Array.isArray(data) ? data.filter((item): item is Record<string, unknown> => isRecord(item) && typeof item['id'] === 'string') : [];
}

/** The hash a translation of this English entry records. */
export function glossaryEntryHash(entry: Record<string, unknown>): string {
	return sourceHashOf({ term: entry['term'], definition: entry['definition'] });
}

export const glossaryAdapter: ContentAdapter = {
	kind: 'glossary',
	inventory(files, locales, sourceLocale) {
		const source: SourceItem[] = entries(files, sourceLocale).map((entry) => ({
			id: entry['id'] as string,
			file: glossaryFile(sourceLocale),
			hash: glossaryEntryHash(entry),
		}));
		const translations: Record<string, TranslatedItem[]> = {};
		for (const locale of locales) {
			if (locale === sourceLocale) continue;
			translations[locale] = entries(files, locale).map((entry) => {
				const recordedHash = readRecordedHash(entry['sourceHash']);
				return { id: entry['id'] as string, file: glossaryFile(locale), ...(recordedHash ? { recordedHash } : {}) };
			});
		}
		return { kind: 'glossary', source, translations, expectedFile: (_item, locale) => glossaryFile(locale) };
	},
};

import type { Glossary } from './parse.ts';
import type { LocaleEntry } from './schema.ts';

/**
 * The glossary as plain data, one record per concept, the way the
 * `glossary` content collection stores it (a collection holds entries, not
 * Maps), and back.
 */
export interface ConceptRecord {
	id: string;
	/** Position in `terms.yaml`. */
	order: number;
	lessons: string[];
	/** The concept's wording by locale code; a locale may lack it. */
	entries: Record<string, LocaleEntry>;
}

export function conceptRecords(glossary: Glossary): ConceptRecord[] {
	return glossary.concepts.map((concept, order) => ({
		id: concept.id,
		order,
		lessons: concept.lessons,
		entries: Object.fromEntries(glossary.locales.flatMap((locale) => {
			const entry = glossary.entries.get(locale)?.get(concept.id);
			return entry ? [[locale, entry]] : [];
		})),
	}));
}

/** The glossary of these records; `tags` gives each locale code's BCP 47 tag. */
export function glossaryFromRecords(records: readonly ConceptRecord[], sourceLocale: string, tags: Readonly<Record<string, string>>): Glossary {
	const sorted = [...records].sort((a, b) => a.order - b.order);
	const entries = new Map<string, Map<string, LocaleEntry>>();
	for (const record of sorted) {
		for (const [locale, entry] of Object.entries(record.entries)) {
			const byId = entries.get(locale) ?? new Map<string, LocaleEntry>();
			byId.set(record.id, entry);
			entries.set(locale, byId);
		}
	}
	const locales = [sourceLocale, ...[...entries.keys()].filter((locale) => locale !== sourceLocale).sort()];
	return { sourceLocale, locales, tags: { ...tags }, concepts: sorted.map(({ id, lessons }) => ({ id, lessons })), entries };
}

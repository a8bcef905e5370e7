import { sortByTerm } from './collate.ts';
import { glossaryTag, type Glossary } from './parse.ts';
import type { LocaleEntry } from './schema.ts';

/** One concept as a page in `locale` shows it. */
export interface GlossaryItem {
	id: string;
	term: string;
	alternatives: string[];
	definition: string;
	lessons: string[];
	/** Locale the term and definition are written in: the page's, or the source locale's when not translated yet. */
	textLocale: string;
	/** True when the entry is missing in the page's locale and shown from the source locale. */
	fallback: boolean;
	/** The same concept's term in each other locale that has it. */
	equivalents: { locale: string; term: string }[];
}

/** The entry of `id` in `locale`, or the source locale's when that one is missing. */
export function entryFor(glossary: Glossary, id: string, locale: string): { textLocale: string; entry: LocaleEntry } {
	const own = glossary.entries.get(locale)?.get(id);
	if (own) return { textLocale: locale, entry: own };
	const source = glossary.entries.get(glossary.sourceLocale)?.get(id);
	if (!source) throw new Error(`glossary entry "${id}" has no ${glossary.sourceLocale} text`);
	return { textLocale: glossary.sourceLocale, entry: source };
}

/** Every concept for the glossary page of `locale`, sorted by that locale's collation. */
export function glossaryItems(glossary: Glossary, locale: string): GlossaryItem[] {
	const items = glossary.concepts.map((concept): GlossaryItem => {
		const { textLocale, entry } = entryFor(glossary, concept.id, locale);
		const equivalents = glossary.locales
			.filter((other) => other !== locale && other !== textLocale)
			.flatMap((other) => {
				const term = glossary.entries.get(other)?.get(concept.id)?.term;
				return term ? [{ locale: other, term }] : [];
			});
		return {
			id: concept.id,
			term: entry.term,
			alternatives: textLocale === locale ? entry.alternatives : [],
			definition: entry.definition,
			lessons: concept.lessons,
			textLocale,
			fallback: textLocale !== locale,
			equivalents,
		};
	});
	return sortByTerm(items, glossaryTag(glossary, locale), (item) => item.term);
}

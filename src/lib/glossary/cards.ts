import type { Glossary } from './parse.ts';
import { entryFor } from './view.ts';

/** One concept as the trainer needs it for a term deck. */
export interface GlossaryCard {
	/** The concept's stable id: use it (with a deck prefix) as the card id. */
	id: string;
	/** Term per locale, for every locale of the glossary. */
	terms: Record<string, string>;
	/** Definition per locale, for every locale of the glossary. */
	definitions: Record<string, string>;
	/** Locales whose term and definition fell back to the source locale (not translated yet). */
	untranslated: string[];
}

/**
 * The glossary as plain data for the trainer's term deck: term in one locale
 * ↔ term in another, and term → definition, in any direction. Ordered as
 * `content/glossary/terms.yaml` lists the concepts.
 */
export function glossaryCards(glossary: Glossary): GlossaryCard[] {
	return glossary.concepts.map((concept) => {
		const card: GlossaryCard = { id: concept.id, terms: {}, definitions: {}, untranslated: [] };
		for (const locale of glossary.locales) {
			const { textLocale, entry } = entryFor(glossary, concept.id, locale);
			card.terms[locale] = entry.term;
			card.definitions[locale] = entry.definition;
			if (textLocale !== locale) card.untranslated.push(locale);
		}
		return card;
	});
}

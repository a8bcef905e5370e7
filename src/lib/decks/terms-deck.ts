/**
 * The term deck, built from the glossary's data: for every concept, its term
 * in the source locale → its term in each other locale and back, and term →
 * definition. Card ids are `<concept>-<from>-<to>` and `<concept>-definition`,
 * stable as long as the glossary keeps its ids. A pair whose two terms are
 * the same word ("Epoch" → "Epoch", "LoRA" → "LoRA") gets no translation
 * card: it would ask for nothing. Its definition card stays.
 *
 * A learner studies the site in their language and learns the field's terms
 * between it and the source language (English), the language of the field's
 * papers and tools. So the pairs of a locale are for its own learners only:
 * a Turkish learner gets English ↔ Turkish, never Turkish ↔ French once
 * French is complete (which grew the Turkish deck from 194 to 319 cards),
 * and the source's learners get the definitions. A locale still in progress
 * thus never adds cards to another locale's deck.
 */
import { languageName } from '../language-names.ts';
import type { Card, LocalizedText } from './types.ts';

/** One glossary concept, as src/lib/glossary/cards.ts exposes it. */
export interface TermSource {
	id: string;
	terms: Record<string, string>;
	definitions: Record<string, string>;
	/** Locales whose texts fell back to the source locale. */
	untranslated: string[];
}

export interface TermPrompts {
	/** "What is “{term}” in {language}?" per locale. */
	translate: LocalizedText;
	/** "What does “{term}” mean?" per locale. */
	define: LocalizedText;
}

export interface TermDeckSettings extends TermPrompts {
	deck: string;
	/** The glossary page; each card links to its concept's anchor there. */
	lesson: string;
	/** The source locale, first of `locales`: every translation card pairs it with another locale. */
	source: string;
	locales: readonly string[];
	/** The BCP 47 tag of each locale code, to name languages with Intl. */
	tags: Readonly<Record<string, string>>;
}

function fill(template: string, values: Record<string, string>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** A text per locale, from a template per locale (locales without a template are left to fall back). */
function perLocale(templates: LocalizedText, make: (template: string, locale: string) => string): LocalizedText {
	return Object.fromEntries(Object.entries(templates).map(([locale, template]) => [locale, make(template, locale)]));
}

/** Collators by tag, at base strength: case and accents aside, as each language's own order compares letters. */
const collators = new Map<string, Intl.Collator>();

function sameWord(a: string, b: string, tags: readonly string[]): boolean {
	return tags.every((tag) => {
		let collator = collators.get(tag);
		if (!collator) collators.set(tag, (collator = new Intl.Collator(tag, { sensitivity: 'base' })));
		return collator.compare(a, b) === 0;
	});
}

export function termCards(settings: TermDeckSettings, concepts: readonly TermSource[]): Card[] {
	const cards: Card[] = [];
	for (const concept of concepts) {
		const ref = { deck: settings.deck, lesson: settings.lesson, section: concept.id };
		// A locale whose entry fell back shows the source term: pairing it would drill English as if it were a translation.
		const translated = settings.locales.filter((l) => concept.terms[l] !== undefined && !concept.untranslated.includes(l));
		const { source } = settings;
		const tag = (code: string) => settings.tags[code] ?? code;
		for (const learner of translated.filter((locale) => locale !== source)) {
			// The same word in both languages, by both languages' rules ("Ö" is its own letter in Turkish, not an accented "O").
			if (sameWord(concept.terms[source]!, concept.terms[learner]!, [tag(source), tag(learner)])) continue;
			for (const [from, to] of [[source, learner], [learner, source]] as const) {
				const front = perLocale(settings.translate, (template, locale) => fill(template, { term: concept.terms[from]!, language: languageName(tag(to), tag(locale)) }));
				// The answer is the term in the target language, whatever the page's language: the same text in every locale.
				const back = Object.fromEntries(settings.locales.map((locale) => [locale, concept.terms[to]!]));
				cards.push({ ...ref, id: `${concept.id}-${from}-${to}`, kind: 'flashcard', front, back, locales: [learner] });
			}
		}
		const define = perLocale(settings.define, (template, locale) => fill(template, { term: concept.terms[locale] ?? concept.terms[source] ?? concept.id }));
		const definitions = Object.fromEntries(translated.map((l) => [l, concept.definitions[l]!]).filter(([, text]) => text !== undefined));
		cards.push({ ...ref, id: `${concept.id}-definition`, kind: 'flashcard', front: define, back: { [source]: concept.definitions[source] ?? '', ...definitions } });
	}
	return cards;
}

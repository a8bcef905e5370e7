import { maskNonProse } from './lint.ts';
import { phraseFinder, type PhraseFinder } from './match.ts';
import { glossaryTag, type Glossary } from './parse.ts';
import { entryFor } from './view.ts';

/**
 * A finder for every concept's term in `locale`, valued by concept id. A
 * concept not translated yet is found by its source-locale wording, which a
 * lesson may use meanwhile.
 */
export function termFinder(glossary: Glossary, locale: string): PhraseFinder<string> {
	const phrases = glossary.concepts.map((concept) => ({ text: entryFor(glossary, concept.id, locale).entry.term, value: concept.id }));
	return phraseFinder(phrases, glossaryTag(glossary, locale));
}

/** Ids of the concepts whose term a lesson's prose uses. */
export function conceptsUsed(source: string, finder: PhraseFinder<string>): Set<string> {
	return new Set(finder.find(maskNonProse(source.normalize('NFC'))).map((match) => match.value));
}

/**
 * Where `terms.yaml`'s lesson lists and the lessons disagree: a lesson that
 * uses a term without being listed, or a listed lesson that no longer uses
 * it. `usedBy` maps each lesson id to the concepts it uses, in any locale.
 */
export function lessonListDrift(glossary: Glossary, usedBy: ReadonlyMap<string, ReadonlySet<string>>, path = 'content/glossary/terms.yaml'): string[] {
	const notes: string[] = [];
	for (const concept of glossary.concepts) {
		const listed = new Set(concept.lessons);
		const using = [...usedBy].filter(([, ids]) => ids.has(concept.id)).map(([lesson]) => lesson);
		const unlisted = using.filter((lesson) => !listed.has(lesson)).sort();
		const unused = concept.lessons.filter((lesson) => usedBy.has(lesson) && !using.includes(lesson));
		if (unlisted.length > 0) notes.push(`${path}: entry "${concept.id}": add ${unlisted.map((l) => `"${l}"`).join(', ')} to its lessons (they use the term)`);
		if (unused.length > 0) notes.push(`${path}: entry "${concept.id}": ${unused.map((l) => `"${l}"`).join(', ')} no longer use(s) the term`);
	}
	return notes;
}

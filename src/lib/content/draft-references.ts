/**
 * A lesson marked `draft: true` is left out of the built site (Starlight
 * publishes drafts only in `npm run dev`), so every deck, glossary entry
 * and lesson that points to it leads to a missing page once published,
 * while everything looks right while writing. One problem per draft that
 * something points to, at its `draft:` line, naming what does.
 */
import type { LessonIndex } from './lesson-index.ts';
import type { Problem } from './problems.ts';

export interface LessonReferences {
	/** Deck files by the lesson ids their deck or cards name. */
	decks: { file: string; lessons: readonly string[] }[];
	/** The glossary's concepts file and the lesson ids its concepts list. */
	glossary?: { file: string; lessons: readonly string[] };
}

export function draftReferences(index: Pick<LessonIndex, 'lessons' | 'linksToDrafts'>, references: LessonReferences): Problem[] {
	return index.lessons.flatMap((draft): Problem[] => {
		if (!draft.draft) return [];
		const linking = index.linksToDrafts.filter((link) => link.draft === draft.file).map((link) => link.from);
		const byId = [...references.decks, ...(references.glossary ? [references.glossary] : [])].filter((source) => source.lessons.includes(draft.id));
		const places = [...new Set([...byId.map((source) => source.file), ...linking])];
		if (places.length === 0) return [];
		return [{
			file: draft.file,
			...(draft.draftLine ? { line: draft.draftLine } : {}),
			at: 'field "draft"',
			message: `the lesson is a draft, so the built site leaves its page out, but ${places.join(', ')} point${places.length === 1 ? 's' : ''} to it: in the published site those links lead nowhere`,
			fix: 'remove "draft: true" once the lesson is ready, or remove those links, cards and glossary references until then',
		}];
	});
}

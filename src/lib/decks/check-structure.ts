/** Checks of deck.yaml that a schema cannot express: ids, answers, and lesson links. */
import { problem } from './issues';
import type { DeckStructure } from './schema';

/** A lesson's source file and heading ids, or undefined when there is no such lesson. */
export type LessonIndex = (lesson: string) => { file: string; ids: ReadonlySet<string> } | undefined;

function linkProblems(file: string, card: string | undefined, lesson: string, section: string | undefined, lessons: LessonIndex): string[] {
	const found = lessons(lesson);
	if (!found) return [problem(file, card, 'lesson', `no lesson "${lesson}" (looked for content/en/${lesson}.md, .mdx or ${lesson}/index.md, .mdx)`)];
	if (section !== undefined && !found.ids.has(section)) return [problem(file, card, 'section', `no heading with id "${section}" in ${found.file}`)];
	return [];
}

export function checkStructure(structure: DeckStructure, folderName: string, file: string, lessons: LessonIndex): string[] {
	const problems: string[] = [];
	if (structure.id !== folderName) problems.push(problem(file, undefined, 'id', `expected "${folderName}", the name of the deck's folder`));
	if ((structure.cards === undefined) === (structure.generate === undefined)) problems.push(problem(file, undefined, 'cards', 'expected either a list of cards or generate: glossary'));
	problems.push(...linkProblems(file, undefined, structure.lesson, undefined, lessons));
	const seen = new Set<string>();
	for (const card of structure.cards ?? []) {
		if (seen.has(card.id)) problems.push(problem(file, card.id, 'id', 'another card in this deck has the same id'));
		seen.add(card.id);
		if (card.lesson !== undefined || card.section !== undefined) problems.push(...linkProblems(file, card.id, card.lesson ?? structure.lesson, card.section, lessons));
		if (card.kind !== 'choice') continue;
		const optionIds = card.options.map((o) => o.id);
		const repeated = optionIds.find((id, i) => optionIds.indexOf(id) !== i);
		if (repeated) problems.push(problem(file, card.id, 'options', `option id "${repeated}" is used twice`));
		const correct = card.options.filter((o) => o.correct).length;
		if (!card.multiple && correct !== 1) problems.push(problem(file, card.id, 'options', `a single-answer card needs exactly 1 correct option, found ${correct}`));
		if (card.multiple && correct === 0) problems.push(problem(file, card.id, 'options', 'a multiple-answer card needs at least 1 correct option'));
	}
	return problems;
}

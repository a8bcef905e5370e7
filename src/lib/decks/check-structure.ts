/** Checks of deck.yaml that a schema cannot express: ids, answers, lesson links, and agreement with the shared conditions. */
import { CONDITIONS, isCondition } from '../conditions/conditions.ts';
import { conditionsBrokenBy } from '../conditions/manipulations.ts';
import { placeIn, problem, type LocatedFile } from './issues.ts';
import type { CardStructure, DeckStructure } from './schema.ts';

/** A lesson's source file and heading ids, or undefined when there is no such lesson. */
export type LessonIndex = (lesson: string) => { file: string; ids: ReadonlySet<string> } | undefined;

/** A card whose section is no heading of its lesson, and where it is in deck.yaml. */
interface MissingSection {
	card: string;
	index: number;
}

/**
 * A missing lesson is one problem, however many cards link to it; so is a
 * missing section (a heading id renamed in the lesson, most often), which
 * goes to `sections` to be reported once. `at` is where the lesson or card
 * is in deck.yaml.
 */
function linkProblems(file: LocatedFile, at: PropertyKey[], card: string | undefined, lesson: string, section: string | undefined, lessons: LessonIndex, reported: Set<string>, sections: Map<string, MissingSection[]>): string[] {
	const found = lessons(lesson);
	if (!found) {
		if (reported.has(lesson)) return [];
		reported.add(lesson);
		return [problem(placeIn(file, [...at, 'lesson']), card, 'lesson', `no lesson "${lesson}" (looked for content/en/${lesson}.md, .mdx or ${lesson}/index.md, .mdx); write the lesson's path under content/en/ without extension`)];
	}
	if (section !== undefined && card !== undefined && !found.ids.has(section)) {
		const key = JSON.stringify([found.file, section]);
		sections.set(key, [...(sections.get(key) ?? []), { card, index: at[1] as number }]);
	}
	return [];
}

/** One problem per missing section, at the first card pointing to it, naming the others. */
function sectionProblems(file: LocatedFile, sections: Map<string, MissingSection[]>): string[] {
	return [...sections].map(([key, [first, ...others]]) => {
		const [lessonFile, section] = JSON.parse(key) as [string, string];
		const line = (card: MissingSection) => file.lineOf?.(['cards', card.index, 'section']);
		const named = others.map((card) => (line(card) === undefined ? card.card : `${card.card} (line ${line(card)})`));
		const also = named.length === 0 ? '' : `; card${named.length > 1 ? 's' : ''} ${named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : named[0]} point${named.length > 1 ? '' : 's'} to it too`;
		return problem(placeIn(file, ['cards', first!.index, 'section']), first!.card, 'section', `no heading with id "${section}" in ${lessonFile}${also}`);
	});
}

export function checkStructure(structure: DeckStructure, folderName: string, file: LocatedFile, lessons: LessonIndex): string[] {
	const problems: string[] = [];
	if (structure.id !== folderName) problems.push(problem(placeIn(file, ['id']), undefined, 'id', `expected "${folderName}", the name of the deck's folder`));
	if ((structure.cards === undefined) === (structure.generate === undefined)) problems.push(problem(placeIn(file, ['cards']), undefined, 'cards', 'expected either a list of cards or generate: glossary'));
	// Without cards the texts of the cards that were there would each be reported as belonging to none.
	else if (structure.cards?.length === 0) problems.push(problem(placeIn(file, ['cards']), undefined, 'cards', 'the list is empty; a deck needs at least one card (see quizzes/README.md), or delete the deck folder'));
	const missingLessons = new Set<string>();
	const missingSections = new Map<string, MissingSection[]>();
	problems.push(...linkProblems(file, [], undefined, structure.lesson, undefined, lessons, missingLessons, missingSections));
	const seen = new Set<string>();
	(structure.cards ?? []).forEach((card, index) => {
		const at = (...field: PropertyKey[]) => placeIn(file, ['cards', index, ...field]);
		if (seen.has(card.id)) problems.push(problem(at('id'), card.id, 'id', 'another card in this deck has the same id'));
		seen.add(card.id);
		if (card.lesson !== undefined || card.section !== undefined) problems.push(...linkProblems(file, ['cards', index], card.id, card.lesson ?? structure.lesson, card.section, lessons, missingLessons, missingSections));
		if (card.kind !== 'choice') return;
		const optionIds = card.options.map((o) => o.id);
		const repeated = optionIds.findIndex((id, i) => optionIds.indexOf(id) !== i);
		if (repeated >= 0) problems.push(problem(at('options', repeated, 'id'), card.id, 'options', `option id "${optionIds[repeated]}" is used twice`));
		const correct = card.options.filter((o) => o.correct).length;
		if (!card.multiple && correct !== 1) problems.push(problem(at('options'), card.id, 'options', `a single-answer card needs exactly 1 correct option, found ${correct}`));
		if (card.multiple && correct === 0) problems.push(problem(at('options'), card.id, 'options', 'a multiple-answer card needs at least 1 correct option'));
		problems.push(...conditionProblems(card, at));
	});
	return [...problems, ...sectionProblems(file, missingSections)];
}

/**
 * A card that names conditions must agree with their one definition
 * (src/lib/conditions): the ids exist, and the options naming them are
 * correct exactly as the definition says.
 */
function conditionProblems(card: Extract<CardStructure, { kind: 'choice' }>, at: (...field: PropertyKey[]) => string): string[] {
	const question = card.conditions;
	if (!question) return card.options.some((o) => o.condition !== undefined) ? [problem(at('conditions'), card.id, 'conditions', 'options name conditions, so the card needs conditions: { concept: … }')] : [];
	if (question.brokenBy !== undefined && question.concept !== 'transfer') return [problem(at('conditions', 'brokenBy'), card.id, 'conditions.brokenBy', 'only transfer conditions are broken by a manipulation')];
	const broken: readonly string[] = question.brokenBy === undefined ? [] : conditionsBrokenBy(question.brokenBy);
	return card.options.flatMap((o, index) => {
		if (o.condition === undefined) return [];
		const field = `options.${o.id}`;
		if (!isCondition(question.concept, o.condition)) return [problem(at('options', index, 'condition'), card.id, `${field}.condition`, `"${o.condition}" is not a ${question.concept} condition (${CONDITIONS[question.concept].join(', ')})`)];
		if (question.brokenBy === undefined) return o.correct ? [] : [problem(at('options', index, 'correct'), card.id, `${field}.correct`, `the card asks which conditions are needed, and "${o.condition}" is one: it must be correct`)];
		const expected = broken.includes(o.condition);
		if (o.correct === expected) return [];
		return [problem(at('options', index, 'correct'), card.id, `${field}.correct`, `${question.brokenBy} ${expected ? 'breaks' : 'does not break'} "${o.condition}" (it breaks ${broken.join(' and ')}; src/lib/conditions/manipulations.ts), so this option must be ${expected}`)];
	});
}

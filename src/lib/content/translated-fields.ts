/**
 * Fields a translation keeps as the source lesson has them: its place in
 * the sidebar and the deck that drills it. Each locale's sidebar is ordered
 * by its own pages' `sidebar.order`, and each page links to its own
 * `deck:`, so a translation with another value, or none, reorders its
 * language's sidebar, or sends its readers to another deck or none,
 * without a word.
 */
import { lessonsByLocale, type LessonEntry, type LessonIndex } from './lesson-index.ts';

const fields = [
	{ name: 'sidebar.order', value: (lesson: LessonEntry) => lesson.order, line: (lesson: LessonEntry) => lesson.orderLine },
	{ name: 'deck', value: (lesson: LessonEntry) => lesson.deck, line: (lesson: LessonEntry) => lesson.deckLine },
];

/**
 * A warning per field a translation sets to another value than its source
 * lesson, or leaves out: `file:line: field "deck" is "a" here, but "b" in
 * <source>: …` (line 1 for a field left out).
 * Not an error: reordering or re-decking the source lessons leaves every
 * translation behind until it is brought along, as a changed text does.
 */
export function differingTranslatedFields(index: Pick<LessonIndex, 'locales' | 'lessons'>, inProgress: readonly string[]): string[] {
	const [sourceLocale] = index.locales;
	const source = lessonsByLocale(index).get(sourceLocale!) ?? new Map<string, LessonEntry>();
	return index.lessons.flatMap((lesson) => {
		const original = lesson.locale === sourceLocale ? undefined : source.get(lesson.id);
		if (!original) return [];
		return fields.flatMap(({ name, value, line }) => {
			const own = value(lesson);
			const theirs = value(original);
			// A locale in progress is summed up in one line (site-content.ts); its lessons are begun with the texts first.
			if (theirs === undefined || own === theirs || (own === undefined && inProgress.includes(lesson.locale))) return [];
			const here = own === undefined ? 'is missing here' : `is ${JSON.stringify(own)} here`;
			return [`${lesson.file}:${line(lesson) ?? 1}: field "${name}" ${here}, but ${JSON.stringify(theirs)} in ${original.file}, so this language alone would show it differently; set it as the source lesson has it`];
		});
	});
}

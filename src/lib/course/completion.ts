/**
 * What the course reports, decided from what the learner did: the
 * completion rule (set in src/site.config.ts, `coursePlatform.completion`)
 * and the score. See docs/course-platforms.md for what both mean.
 */
import { retrievabilityNow } from '../srs/retrievability';
import type { CardRecord, Settings } from '../srs/types';
import type { CourseProgress } from './progress-state';

export interface CompletionRule {
	/** Every lesson opened at least once, in any language. */
	everyLesson: boolean;
	/** Decks whose every card the learner has answered at least once. */
	decks: string[];
}

/** What the launch page knows of the course, written at build time. */
export interface CourseOutline {
	/** Lesson ids (`strategies/introduction`), the same in every locale. */
	lessons: string[];
	locales: string[];
	rule: CompletionRule;
	/** Card keys of each deck the rule names. */
	deckCards: Record<string, string[]>;
}

export function isComplete(outline: CourseOutline, progress: CourseProgress): boolean {
	const lessonsDone = !outline.rule.everyLesson || outline.lessons.every((lesson) => progress.lessons.has(lesson));
	return lessonsDone && outline.rule.decks.every((deck) => progress.decks.has(deck));
}

/** The lesson a page of the package shows (`tr/strategies/introduction/` → `strategies/introduction`), if it is one. */
export function lessonOfPage(outline: CourseOutline, pathInPackage: string): string | undefined {
	const [locale, ...rest] = pathInPackage.replace(/\/(index\.html)?$/, '').split('/');
	const lesson = rest.join('/');
	return locale && outline.locales.includes(locale) && outline.lessons.includes(lesson) ? lesson : undefined;
}

/** Decks of the rule whose every card has been answered on this device. */
export function studiedDecks(outline: CourseOutline, records: ReadonlyMap<string, CardRecord>): string[] {
	return outline.rule.decks.filter((deck) => (outline.deckCards[deck] ?? []).every((key) => (records.get(key)?.reps ?? 0) > 0));
}

/**
 * The score: the share of the rule's deck cards the learner recalls now
 * with at least the probability they asked the trainer for (desired
 * retention), by the forgetting curve of their own FSRS parameters (or the
 * defaults), over the exact time since the last answer. A card never
 * answered, or back at the first of its learning or relearning steps
 * (where Again puts it, and Hard keeps it), counts as not recalled: right
 * after a wrong answer the curve alone still says recalled. A card answered
 * Good moves on a step and counts by the curve, so a learner who has just
 * answered the whole deck right scores 100. Undefined when this device has
 * no answer to any of them, so a new device never overwrites a score with
 * zero.
 */
export function recallScore(outline: CourseOutline, records: ReadonlyMap<string, CardRecord>, settings: Pick<Settings, 'desiredRetention' | 'parameters'>, now: Date): number | undefined {
	const keys = outline.rule.decks.flatMap((deck) => outline.deckCards[deck] ?? []);
	const answered = keys.map((key) => records.get(key)).filter((record): record is CardRecord => record !== undefined && record.reps > 0 && record.lastReview !== undefined);
	if (keys.length === 0 || answered.length === 0) return undefined;
	const atFirstStep = (record: CardRecord) => (record.state === 'learning' || record.state === 'relearning') && record.learningSteps === 0;
	const recalled = answered.filter((record) => !atFirstStep(record) && (retrievabilityNow(record, now, settings.parameters) ?? 0) >= settings.desiredRetention).length;
	return recalled / keys.length;
}

/** Site pages that are not lessons: the start page, the glossary, the translation status and the practice tools. */
export function isLessonPage(id: string): boolean {
	return id !== '' && id !== 'glossary' && id !== 'translation-status' && !id.startsWith('practice/');
}

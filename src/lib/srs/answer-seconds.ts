/**
 * How long this learner takes to answer, from the review log. The log
 * records when each answer was given, not how long it took, so the time of
 * an answer is measured as the gap since the answer before it, when that
 * gap is short enough to be the same sitting (a longer gap is a break, and
 * that answer is not measured). Medians keep a distraction or two from
 * moving the figures.
 */
import { isAnswer } from './card-changes';
import type { CardState, LogRating, Rating } from './types';

/** Seconds a review, a new card and a forgotten card take, each with the learning steps that follow it. */
export interface AnswerSeconds {
	review: number;
	learn: number;
	relearn: number;
}

/** Typical answer times, in seconds, from the open FSRS benchmark's medians. */
export const DEFAULT_SECONDS: Readonly<AnswerSeconds> = Object.freeze({ review: 8, learn: 20, relearn: 18 });

/** A gap between two answers longer than this is a break, not the time the second answer took. */
export const BREAK_MS = 5 * 60_000;

/** Each kind of answer needs this many measured answers before its median replaces the default. */
export const MIN_MEASURED = 20;

export interface AnswerTimes {
	seconds: AnswerSeconds;
	/** Which of the three come from the learner's own answers (the others are DEFAULT_SECONDS). */
	measured: Record<keyof AnswerSeconds, boolean>;
	/** Answers whose time could be measured. */
	timedAnswers: number;
}

type AnswerKind = 'first' | 'step' | 'recalled' | 'lapse';

function kindOf(before: { state: CardState } | null, rating: Rating): AnswerKind {
	if (!before || before.state === 'new') return 'first';
	if (before.state !== 'review') return 'step';
	return rating === 1 ? 'lapse' : 'recalled';
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Answer times from a log in the order it was answered; the learner's changes to cards (suspend, reset) are not answers and are skipped. */
export function answerTimes(reviews: Iterable<{ reviewedAt: string; rating: LogRating; before: { state: CardState } | null }>): AnswerTimes {
	const gaps: Record<AnswerKind, number[]> = { first: [], step: [], recalled: [], lapse: [] };
	let previous = Number.NaN;
	for (const review of reviews) {
		if (!isAnswer(review)) continue;
		const at = Date.parse(review.reviewedAt);
		const gap = at - previous;
		if (gap > 0 && gap <= BREAK_MS) gaps[kindOf(review.before, review.rating)].push(gap / 1000);
		previous = at;
	}
	const enough = (kind: AnswerKind) => gaps[kind].length >= MIN_MEASURED;
	const measured = { review: enough('recalled'), learn: enough('first') && enough('step'), relearn: enough('lapse') && enough('step') };
	const step = enough('step') ? median(gaps.step) : 0;
	return {
		seconds: {
			review: measured.review ? median(gaps.recalled) : DEFAULT_SECONDS.review,
			learn: measured.learn ? median(gaps.first) + step : DEFAULT_SECONDS.learn,
			relearn: measured.relearn ? median(gaps.lapse) + step : DEFAULT_SECONDS.relearn,
		},
		measured,
		timedAnswers: gaps.first.length + gaps.step.length + gaps.recalled.length + gaps.lapse.length,
	};
}

import { describe, expect, it } from 'vitest';
import { answerTimes, BREAK_MS, DEFAULT_SECONDS, MIN_MEASURED } from './answer-seconds';
import { MANUAL, type CardState, type LogRating } from './types';

const start = Date.parse('2025-01-01T08:00:00.000Z');

/** Answers given `gapsSeconds` apart (the first after a break), all of one kind. */
function answers(gapsSeconds: number[], state: CardState | null, rating: LogRating, from = start) {
	let at = from;
	return [0, ...gapsSeconds].map((gap) => {
		at += gap * 1000;
		return { reviewedAt: new Date(at).toISOString(), rating, before: state ? { state } : null };
	});
}

describe('answerTimes', () => {
	it('falls back to the typical times when the log has no timed answers', () => {
		const spread = answers(Array(40).fill(3600), 'review', 3);
		expect(answerTimes(spread)).toEqual({ seconds: DEFAULT_SECONDS, measured: { review: false, learn: false, relearn: false }, timedAnswers: 0 });
	});

	it("measures each kind by the gap since the answer before, the median of the sitting's answers", () => {
		const reviews = answers([...Array(MIN_MEASURED - 1).fill(6), 240, 7, 6], 'review', 3);
		const firsts = answers(Array(MIN_MEASURED).fill(15), null, 3, start + 86_400_000);
		const steps = answers(Array(MIN_MEASURED).fill(4), 'learning', 3, start + 2 * 86_400_000);
		const times = answerTimes([...reviews, ...firsts, ...steps]);
		expect(times.seconds).toEqual({ review: 6, learn: 19, relearn: DEFAULT_SECONDS.relearn });
		expect(times.measured).toEqual({ review: true, learn: true, relearn: false });
		expect(times.timedAnswers).toBe(MIN_MEASURED + 2 + 2 * MIN_MEASURED);
	});

	it("skips the learner's changes to cards: they are not answers", () => {
		const timed = answers(Array(MIN_MEASURED).fill(6), 'review', 3);
		const withChanges = timed.flatMap((answer) => [answer, { ...answer, rating: MANUAL as LogRating }]);
		expect(answerTimes(withChanges)).toEqual(answerTimes(timed));
	});

	it('does not time an answer after a break, nor a kind with too few timed answers', () => {
		const breaks = answers(Array(MIN_MEASURED).fill(BREAK_MS / 1000 + 1), 'review', 3);
		const few = answers(Array(MIN_MEASURED - 1).fill(9), 'review', 1, start + 86_400_000);
		const times = answerTimes([...breaks, ...few]);
		expect(times.measured).toEqual({ review: false, learn: false, relearn: false });
		expect(times.timedAnswers).toBe(MIN_MEASURED - 1);
	});
});

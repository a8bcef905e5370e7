/**
 * True retention: of the answers to cards that were in review (not new, not
 * in a learning step), the share recalled, i.e. rated Hard, Good or Easy
 * rather than Again. This is what desired retention aims at. Changes to
 * cards (suspend, reset) are not answers and do not count.
 */
import { isAnswer } from '../srs/card-changes';
import type { ReviewRecord } from '../srs/types';

export interface Retention {
	passed: number;
	total: number;
	/** passed / total, 0 when there were no such answers. */
	rate: number;
}

export function trueRetention(reviews: Iterable<Pick<ReviewRecord, 'rating' | 'before'>>): Retention {
	let passed = 0;
	let total = 0;
	for (const review of reviews) {
		if (review.before?.state !== 'review' || !isAnswer(review)) continue;
		total += 1;
		if (review.rating > 1) passed += 1;
	}
	return { passed, total, rate: total === 0 ? 0 : passed / total };
}

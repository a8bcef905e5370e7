/**
 * The learner's changes to a card that are not answers: suspend, unsuspend
 * and reset. Each is a log entry (rating MANUAL) whose `after` is the card's
 * new state, so the log stays the one source of truth: a card rebuilt from
 * the log is still suspended or reset, and a reset keeps every earlier
 * answer in the log (statistics and backups still hold them; the optimizer
 * starts the card's history again after it, as the reference does).
 */
import { MAX_COUNT } from './valid-state';
import { MANUAL, type CardRecord, type Rating, type ReviewRecord } from './types';

export type CardChange = 'suspend' | 'unsuspend' | 'reset';

/** A log entry that is an answer (rated Again to Easy), not a change. */
export function isAnswer<T extends Pick<ReviewRecord, 'rating'>>(review: T): review is T & { rating: Rating } {
	return review.rating !== MANUAL;
}

/** A card that has never been answered, as ts-fsrs's createEmptyCard makes it (due now, no memory state). */
export function newCardRecord(key: string, now: Date, version: number): CardRecord {
	return { key, state: 'new', due: now.toISOString(), stability: 0, difficulty: 0, reps: 0, lapses: 0, learningSteps: 0, elapsedDays: 0, scheduledDays: 0, version };
}

/**
 * The log entry for a change to a card (`record` is its stored state,
 * undefined for a card never answered). A reset makes the card new again
 * (lapses and answer count included) and keeps it suspended if it was.
 */
export function changeCard(record: CardRecord | undefined, key: string, change: CardChange, now: Date, reviewId: string): ReviewRecord {
	const version = Math.min(MAX_COUNT, (record?.version ?? 0) + 1);
	const current = record ?? newCardRecord(key, now, 0);
	const { suspended: _suspended, ...unsuspended } = current;
	const after: CardRecord =
		change === 'reset'
			? { ...newCardRecord(key, now, version), ...(current.suspended ? { suspended: true } : {}) }
			: change === 'suspend'
				? { ...current, suspended: true, version }
				: { ...unsuspended, version };
	return { id: reviewId, key, rating: MANUAL, reviewedAt: now.toISOString(), before: record ?? null, after };
}

/** Which change a log entry made; undefined for an answer. */
export function changeOf(review: Pick<ReviewRecord, 'rating' | 'before' | 'after'>): CardChange | undefined {
	if (isAnswer(review)) return undefined;
	const wasSuspended = review.before?.suspended === true;
	const isSuspended = review.after.suspended === true;
	if (wasSuspended === isSuspended) return 'reset';
	return isSuspended ? 'suspend' : 'unsuspend';
}

/**
 * The answers the optimizer learns from, in the given order: changes are
 * left out, and so is every answer to a card before its latest reset (its
 * memory started again there).
 */
export function answersSinceReset<T extends Pick<ReviewRecord, 'key' | 'rating' | 'before' | 'after'>>(reviews: readonly T[]): (T & { rating: Rating })[] {
	const lastReset = new Map<string, number>();
	reviews.forEach((review, index) => {
		if (changeOf(review) === 'reset') lastReset.set(review.key, index);
	});
	return reviews.filter((review, index): review is T & { rating: Rating } => isAnswer(review) && index > (lastReset.get(review.key) ?? -1));
}

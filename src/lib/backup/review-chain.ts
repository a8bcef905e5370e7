/**
 * Backups store reviews without `before` (see BackupReview); these convert
 * between the stored log and that form.
 */
import type { ReviewRecord } from '../srs/types';
import type { BackupReview } from './types';

export function toBackupReview({ before: _before, ...review }: ReviewRecord): BackupReview {
	return review;
}

/**
 * Rebuilds each review's `before` as the previous review's `after` for the
 * same card (null for a card's first review). `reviews` are in the order
 * they were answered, as the log and backups keep them.
 */
export function withBefore(reviews: readonly BackupReview[]): ReviewRecord[] {
	const latest = new Map<string, ReviewRecord['after']>();
	return reviews.map((review) => {
		const before = latest.get(review.key) ?? null;
		latest.set(review.key, review.after);
		return { ...review, before };
	});
}

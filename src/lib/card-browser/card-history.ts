/**
 * One card's history for the card browser: every log entry about it, oldest
 * first, each an answer (its rating) or a change (suspend, unsuspend, reset),
 * with the state it left the card in.
 */
import { changeOf, type CardChange } from '../srs/card-changes';
import type { CardRecord, Rating, ReviewRecord } from '../srs/types';

export interface HistoryEntry {
	id: string;
	at: number;
	entry: { rating: Rating } | { change: CardChange };
	after: CardRecord;
}

/** `log` in time order, as the store returns it. */
export function cardHistory(log: readonly ReviewRecord[], key: string): HistoryEntry[] {
	return log
		.filter((review) => review.key === key)
		.map((review) => {
			const change = changeOf(review);
			return {
				id: review.id,
				at: Date.parse(review.reviewedAt),
				entry: change ? { change } : { rating: review.rating as Rating },
				after: review.after,
			};
		});
}

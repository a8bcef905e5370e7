/**
 * The newest answers wait in the log's tail one record each (cheap to add);
 * each is stored as JSON text with its checksum, like everything else in
 * the log, so an edit that keeps it valid still shows.
 */
import { isReviewRecord } from '../srs/guards';
import type { ReviewRecord } from '../srs/types';
import { textChecksum } from './checksum';

export interface StoredTailEntry {
	review: string;
	checksum: string;
}

export function tailEntry(review: ReviewRecord): StoredTailEntry {
	const text = JSON.stringify(review);
	return { review: text, checksum: textChecksum(text) };
}

/** The review a stored tail entry holds, or why it is damaged. */
export function checkTailEntry(stored: unknown): { review: ReviewRecord } | { damaged: string } {
	const { review, checksum } = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<StoredTailEntry>;
	if (typeof review !== 'string' || typeof checksum !== 'string') return { damaged: 'not a review-log entry' };
	if (textChecksum(review) !== checksum) return { damaged: 'its checksum does not match: it was changed outside the trainer' };
	let parsed: unknown;
	try {
		parsed = JSON.parse(review);
	} catch {
		return { damaged: 'not valid JSON' };
	}
	return isReviewRecord(parsed) ? { review: parsed } : { damaged: 'not a valid review' };
}

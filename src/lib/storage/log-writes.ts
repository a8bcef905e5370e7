/**
 * Appending to the review log, inside the caller's readwrite transaction.
 * An answer writes one small tail record (not a whole page), which keeps
 * answering fast; every TAIL_SIZE answers the tail is folded into a page,
 * merged into the last page while that has room and is sound. Damaged tail
 * entries and pages, and a second entry with an id already folded, are left
 * where they are for the check to set aside: folding never seals damage
 * under a fresh checksum.
 */
import type { ReviewRecord } from '../srs/types';
import { lastPage, readTail, writePage, type LogStores } from './log-reads';
import { isLogPage, mergePages, pageChecksumProblem, pageOf } from './review-log';
import { checkTailEntry, tailEntry } from './tail-entry';
import type { Track } from './write';

export const TAIL_SIZE = 100;

type WritableLog = Parameters<typeof writePage>[0] & LogStores;

/** Moves the tail's sound entries into a page after the last one (merged into it when it fits and is sound). */
async function foldTail(log: WritableLog, track: Track): Promise<void> {
	const [{ values, keys }, last] = await Promise.all([readTail(log), lastPage(log)]);
	const reviews: ReviewRecord[] = [];
	const ids = new Set<string>();
	values.forEach((value, index) => {
		const checked = checkTailEntry(value);
		if ('review' in checked && !ids.has(checked.review.id)) {
			ids.add(checked.review.id);
			reviews.push(checked.review);
			track(log.tail.delete(keys[index] ?? Number.NaN));
		}
	});
	if (reviews.length === 0) return;
	const page = pageOf((last?.seq ?? 0) + 1, reviews);
	const sound = last && isLogPage(last.page) && !pageChecksumProblem(last.page) ? last.page : undefined;
	writePage(log, (sound && mergePages(sound, page)) ?? page, track);
}

/**
 * Adds a review to the log, folding the tail into a page when it is full.
 * `tailLength` is the tail's length before this review, counted in the same
 * transaction: the caller reads it together with the card, so an answer
 * waits for the database once, not twice.
 */
export async function appendToLog(log: WritableLog, review: ReviewRecord, tailLength: number, track: Track): Promise<void> {
	track(log.tail.add(tailEntry(review)));
	if (tailLength + 1 >= TAIL_SIZE) await foldTail(log, track);
}

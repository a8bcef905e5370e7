/**
 * Appending to and taking back from the review log, inside the caller's
 * readwrite transaction. An answer writes one small tail record (not a
 * whole page), which keeps answering fast; every TAIL_SIZE answers the tail
 * is folded into a page, merged into the last page while that has room.
 */
import { isReviewRecord } from '../srs/guards';
import type { ReviewRecord } from '../srs/types';
import type { QuarantineEntry } from './database';
import { deletePage, lastPage, readTail, writePage, type LogStores } from './log-reads';
import { quarantineEntry } from './quarantine';
import { isLogPage, mergePages, pageOf, readPage } from './review-log';
import type { Track } from './write';

export const TAIL_SIZE = 100;

type WritableLog = Parameters<typeof writePage>[0] & LogStores;
type SetAside = (entry: QuarantineEntry) => void;

/** Moves the whole tail into a page after the last one (merged into it when it fits). */
async function foldTail(log: WritableLog, track: Track, setAside: SetAside, now: Date): Promise<void> {
	const [{ values, keys }, last] = await Promise.all([readTail(log), lastPage(log)]);
	const reviews: ReviewRecord[] = [];
	values.forEach((value, index) => {
		if (isReviewRecord(value)) reviews.push(value);
		else setAside(quarantineEntry('reviews', `tail ${keys[index]}`, value, 'not a valid review (found while filing the log)', now));
	});
	track(log.tail.clear());
	if (reviews.length === 0) return;
	const page = pageOf((last?.seq ?? 0) + 1, reviews);
	const merged = last && isLogPage(last.page) ? mergePages(last.page, page) : undefined;
	writePage(log, merged ?? page, track);
}

/**
 * Adds a review to the log, folding the tail into a page when it is full.
 * `tailLength` is the tail's length before this review, counted in the same
 * transaction: the caller reads it together with the card, so an answer
 * waits for the database once, not twice.
 */
export async function appendToLog(
	log: WritableLog,
	review: ReviewRecord,
	tailLength: number,
	track: Track,
	setAside: SetAside,
	now: Date,
): Promise<void> {
	track(log.tail.add(review));
	if (tailLength + 1 >= TAIL_SIZE) await foldTail(log, track, setAside, now);
}

/**
 * Removes the latest review from the log and returns it; undefined when the
 * log is empty or its latest entry is damaged (then it is set aside, so the
 * entry before it becomes the latest).
 */
export async function takeBackLast(log: WritableLog, track: Track, setAside: SetAside, now: Date): Promise<ReviewRecord | undefined> {
	const newest = await log.tail.openCursor(null, 'prev');
	if (newest) {
		track(log.tail.delete(newest.primaryKey));
		if (isReviewRecord(newest.value)) return newest.value;
		setAside(quarantineEntry('reviews', `tail ${newest.primaryKey}`, newest.value, 'the latest review-log entry is damaged', now));
		return undefined;
	}
	const last = await lastPage(log);
	if (!last) return undefined;
	const read = readPage(last.page);
	const entries = 'entries' in read ? read.entries : [];
	const review = entries.at(-1);
	const rest = entries.slice(0, -1);
	if (!isReviewRecord(review) || !rest.every(isReviewRecord)) {
		const reason = 'unreadable' in read ? read.unreadable : 'the latest review-log entry is damaged';
		setAside(quarantineEntry('logPages', String(last.seq), last.page, reason, now));
		deletePage(log, last.seq, track);
		return undefined;
	}
	if (rest.length > 0) writePage(log, pageOf(last.seq, rest), track);
	else deletePage(log, last.seq, track);
	return review;
}

/**
 * Taking back one answer, the newest a tab gave (each tab keeps its own):
 * only while the card still stands exactly as that answer left it, so an
 * answer another tab gave to the same card afterwards is never lost. The
 * answer is found in the log's tail or, once filed, in its page, which is
 * written again without it.
 */
import { isAnswer } from '../srs/card-changes';
import type { ReviewRecord } from '../srs/types';
import { openBucketOf } from './card-buckets';
import { deletePage, logStores, writePage, type LogStores } from './log-reads';
import { sameCardState } from './rebuild';
import { checkPage, pageOf } from './review-log';
import { checkTailEntry } from './tail-entry';
import type { UndoOutcome } from './types';
import { textOf } from './utf8';
import type { DataTransaction, Track } from './write';

type Answer = Pick<ReviewRecord, 'id' | 'key' | 'reviewedAt'>;

type Found =
	| { review: ReviewRecord; remove(track: Track): void }
	| { damaged: true }
	| undefined;

async function findInTail(log: LogStores, id: string): Promise<Found> {
	const [values, keys] = await Promise.all([log.tail.getAll(), log.tail.getAllKeys()]);
	for (const [index, value] of values.entries()) {
		const checked = checkTailEntry(value);
		if ('review' in checked && checked.review.id === id) {
			const key = keys[index] ?? Number.NaN;
			return { review: checked.review, remove: (track) => void track(log.tail.delete(key)) };
		}
		if ('damaged' in checked && JSON.stringify(value).includes(id)) return { damaged: true };
	}
	return undefined;
}

/** The pages that may hold an answer given at `reviewedAt`, newest first. */
async function findInPages(log: ReturnType<typeof logStores>, { id, reviewedAt }: Answer): Promise<Found> {
	const candidates = (await log.pages.index('maxAt').getAll(IDBKeyRange.lowerBound(reviewedAt))) as { seq: number; minAt: string; reviews: unknown }[];
	for (const stored of candidates.filter((page) => page.minAt <= reviewedAt).sort((a, b) => b.seq - a.seq)) {
		const text = stored.reviews instanceof Uint8Array ? textOf(stored.reviews) : String(stored.reviews);
		if (!text.includes(`"id":${JSON.stringify(id)}`)) continue;
		const page = { ...stored, befores: await log.befores.get(stored.seq) };
		const checked = checkPage(page);
		if ('damaged' in checked) return { damaged: true };
		const index = checked.reviews.findIndex((review) => review.id === id);
		const rest = checked.reviews.filter((_, position) => position !== index);
		return {
			review: checked.reviews[index]!,
			remove: (track) => (rest.length > 0 ? writePage(log, pageOf(stored.seq, rest), track) : deletePage(log, stored.seq, track)),
		};
	}
	return undefined;
}

/** The log's entries for `answer`'s card given after it (the tail, and the pages that may hold some), unchecked damage left out. */
async function laterEntries(log: LogStores, answer: Answer): Promise<ReviewRecord[]> {
	const later = (review: ReviewRecord) => review.key === answer.key && review.id !== answer.id && review.reviewedAt >= answer.reviewedAt;
	const tail = (await log.tail.getAll()).flatMap((value) => {
		const checked = checkTailEntry(value);
		return 'review' in checked ? [checked.review] : [];
	});
	const pages = (await log.pages.index('maxAt').getAll(IDBKeyRange.lowerBound(answer.reviewedAt))) as { seq: number }[];
	const filed = await Promise.all(
		pages.map(async (stored) => {
			const checked = checkPage({ ...stored, befores: await log.befores.get(stored.seq) });
			return 'reviews' in checked ? checked.reviews : [];
		}),
	);
	return [...filed.flat(), ...tail].filter(later);
}

/** Why the card no longer stands as `answer` left it: a later answer, or only later changes (suspend, unsuspend, reset). */
async function refusal(log: LogStores, answer: Answer): Promise<UndoOutcome> {
	return (await laterEntries(log, answer)).some(isAnswer) ? { refused: 'answered-later' } : { refused: 'changed-later' };
}

/** Takes back `answer` inside the caller's readwrite transaction. */
export async function undoIn(transaction: DataTransaction, track: Track, answer: Answer): Promise<UndoOutcome> {
	const log = logStores(transaction);
	const found = (await findInTail(log, answer.id)) ?? (await findInPages(log, answer));
	if (!found) return { refused: 'gone' };
	if ('damaged' in found) return { refused: 'damaged' };
	const bucket = await openBucketOf(transaction.objectStore('cardBuckets'), answer.key);
	// The log holds the answer but the card has no record: damage, which the check rebuilds.
	if (!bucket.record) return { refused: 'damaged' };
	if (!sameCardState(bucket.record, found.review.after)) return refusal(log, answer);
	found.remove(track);
	track(bucket.write(found.review.before ?? undefined));
	return { undone: found.review };
}

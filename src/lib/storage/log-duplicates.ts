/**
 * Review ids are unique: an id that appears twice in the log is damage (a
 * copied record keeps a valid checksum, so only the ids show it), and a
 * backup with one cannot be imported. The repair keeps one answer per id in
 * the live log and sets the others aside: of exact copies the first; of two
 * different answers with one id, the one the card's record agrees with (the
 * first, when it agrees with neither).
 */
import type { ReviewRecord } from '../srs/types';
import { bucketOf, checkBucket } from './card-buckets';
import { logStores, pagesBetween, readTail, seqOf, writePage } from './log-reads';
import { sameCardState } from './rebuild';
import { checkPage, emptyPage, pageOf } from './review-log';
import { checkTailEntry, tailEntry } from './tail-entry';
import type { DataTransaction, Track } from './write';

/** Set-aside reasons (set-aside-items.ts reads the kind of problem from them). */
export const EXACT_COPY = 'an exact copy of another answer in the log (the same id)';
export const SAME_ID = 'another answer in the log has the same id';

const BRACE = 0x7b;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** `"id":"` after the brace. */
const OPENING_REST = [0x22, 0x69, 0x64, 0x22, 0x3a, 0x22] as const;

/**
 * The id of every review in a sound page's JSON bytes, without parsing them:
 * each review's JSON starts with its id (toBackupReview keeps the field
 * order), and `{"id":"` can occur nowhere else, since a quote inside a string
 * is escaped. Each id is its bytes as Latin-1 text: equal ids, equal text.
 */
export function reviewIdsIn(bytes: Uint8Array): string[] {
	const ids: string[] = [];
	const [q1, i, d, q2, colon, q3] = OPENING_REST;
	for (let at = bytes.indexOf(BRACE); at >= 0; at = bytes.indexOf(BRACE, at + 1)) {
		if (bytes[at + 1] !== q1 || bytes[at + 2] !== i || bytes[at + 3] !== d || bytes[at + 4] !== q2 || bytes[at + 5] !== colon || bytes[at + 6] !== q3) continue;
		const start = at + 7;
		let end = bytes.indexOf(QUOTE, start);
		while (end > 0 && bytes[end - 1] === BACKSLASH) end = bytes.indexOf(QUOTE, end + 1);
		if (end < 0) break;
		ids.push(String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]));
		at = end;
	}
	return ids;
}

/** JSON with object keys sorted, so that two copies compare equal whatever order their fields were written in. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
	const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return `{${entries.map(([name, field]) => `${JSON.stringify(name)}:${canonical(field)}`).join(',')}}`;
}

export function sameReview(a: unknown, b: unknown): boolean {
	return canonical(a) === canonical(b);
}

interface Place {
	review: ReviewRecord;
	/** Its tail key, or its page and position there. */
	tail?: number | undefined;
	page?: number;
	index?: number;
	value?: unknown;
}

type PutAside = (store: string, key: string, damaged: { value: unknown; reason: string }) => void;

/** Keeps one answer per id of `ids` in the live log, inside the caller's transaction; the others are set aside through `putAside`. */
export async function dropRepeatedIds(transaction: DataTransaction, track: Track, ids: ReadonlySet<string>, putAside: PutAside): Promise<void> {
	const log = logStores(transaction);
	const [pages, tail] = await Promise.all([pagesBetween(log, undefined, undefined), readTail(log)]);
	const places = new Map<string, Place[]>();
	const add = (place: Place) => {
		if (ids.has(place.review.id)) places.set(place.review.id, [...(places.get(place.review.id) ?? []), place]);
	};
	const pageReviews = new Map<number, ReviewRecord[]>();
	for (const page of pages) {
		const checked = checkPage(page);
		if (!('reviews' in checked)) continue;
		pageReviews.set(seqOf(page), checked.reviews);
		checked.reviews.forEach((review, index) => add({ review, page: seqOf(page), index }));
	}
	tail.values.forEach((value, position) => {
		const checked = checkTailEntry(value);
		if ('review' in checked) add({ review: checked.review, tail: tail.keys[position], value });
	});
	const dropped = new Map<number, Set<number>>();
	for (const found of places.values()) {
		const key = found[0]?.review.key;
		if (found.length < 2 || key === undefined) continue;
		const bucket = bucketOf(key);
		const stored: unknown = await transaction.objectStore('cardBuckets').get(bucket);
		const checked = stored === undefined ? undefined : checkBucket(stored, bucket);
		const record = checked && 'records' in checked ? checked.records.find((candidate) => candidate.key === key) : undefined;
		const kept = found.find((place) => record !== undefined && place.review.key === key && sameCardState(record, place.review.after)) ?? found[0]!;
		for (const place of found) {
			if (place === kept) continue;
			const reason = sameReview(place.review, kept.review) ? EXACT_COPY : SAME_ID;
			if (place.tail !== undefined) {
				putAside('logTail', `tail ${place.tail}`, { value: place.value, reason });
				track(log.tail.delete(place.tail));
			} else if (place.page !== undefined && place.index !== undefined) {
				putAside('logTail', `page ${place.page} entry ${place.index + 1}`, { value: tailEntry(place.review), reason });
				dropped.set(place.page, (dropped.get(place.page) ?? new Set()).add(place.index));
			}
		}
	}
	for (const [seq, indexes] of dropped) {
		const rest = (pageReviews.get(seq) ?? []).filter((_, index) => !indexes.has(index));
		writePage(log, rest.length > 0 ? pageOf(seq, rest) : emptyPage(seq), track);
	}
}

/**
 * Card records stored in buckets: each bucket is the JSON text of the
 * records whose key hashes to it, with its checksum. Measured in headless
 * Chromium, reading 10,000 records one each took 70–150 ms (per-record
 * overhead), while a few large strings read and parse in about 20 ms; an
 * answer rewrites one bucket of about 100 records (~25 KB), which costs
 * well under a millisecond.
 */
import { isCardRecord } from '../srs/guards';
import type { CardRecord } from '../srs/types';
import { textChecksum } from './checksum';

/** A bucket as stored: its records as JSON text, and that text's checksum (an edit that keeps the JSON valid still shows). */
export interface StoredBucket {
	cards: string;
	checksum: string;
}

export const CARD_BUCKETS = 100;

/** The bucket a card key lives in (FNV-1a of the key), stable across versions: never change it without a migration. */
export function bucketOf(key: string): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < key.length; index += 1) {
		hash ^= key.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash % CARD_BUCKETS;
}

/** The key a stored card entry claims, if any (the entry itself may still be invalid). */
export function entryCardKey(entry: unknown): string | undefined {
	const key = typeof entry === 'object' && entry !== null ? (entry as { key?: unknown }).key : undefined;
	return typeof key === 'string' ? key : undefined;
}

/** A stored bucket's entries, not yet validated, or why it cannot be read at all. */
export function readBucket(stored: unknown): { entries: unknown[] } | { unreadable: string } {
	const { cards, checksum } = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<StoredBucket>;
	if (typeof cards !== 'string' || typeof checksum !== 'string') return { unreadable: 'not a card bucket' };
	if (textChecksum(cards) !== checksum) return { unreadable: 'its checksum does not match: it was changed outside the trainer' };
	try {
		const entries: unknown = JSON.parse(cards);
		return Array.isArray(entries) ? { entries } : { unreadable: 'a card bucket that is not a list' };
	} catch {
		return { unreadable: 'a card bucket that is not valid JSON' };
	}
}

/**
 * A stored bucket's records, or why it is damaged; then `kept` are its valid
 * records if its text was sound (checksum and JSON) and only some entries
 * were not (entries of a text that fails its checksum are not trusted).
 */
export function checkBucket(stored: unknown, bucket: number): { records: CardRecord[] } | { damaged: string; kept: CardRecord[] } {
	const read = readBucket(stored);
	if ('unreadable' in read) return { damaged: read.unreadable, kept: [] };
	const belongs = (entry: unknown): entry is CardRecord => isCardRecord(entry) && bucketOf(entry.key) === bucket;
	const bad = read.entries.find((entry) => !belongs(entry));
	if (bad === undefined) return { records: read.entries as CardRecord[] };
	const name = entryCardKey(bad);
	const why = isCardRecord(bad) ? `belongs in card bucket ${bucketOf(bad.key)}` : 'is not a valid card record';
	return { damaged: `${name === undefined ? 'an entry' : `the entry for “${name}”`} ${why}`, kept: read.entries.filter(belongs) };
}

/** A bucket as it is stored. */
export function bucketValue(entries: readonly unknown[]): StoredBucket {
	const cards = JSON.stringify(entries);
	return { cards, checksum: textChecksum(cards) };
}

/** Records grouped by bucket, ready to store. */
export function bucketsOf(entries: readonly unknown[]): Map<number, unknown[]> {
	const buckets = new Map<number, unknown[]>();
	for (const entry of entries) {
		const bucket = bucketOf(entryCardKey(entry) ?? '');
		const list = buckets.get(bucket);
		if (list) list.push(entry);
		else buckets.set(bucket, [entry]);
	}
	return buckets;
}

/** The card buckets as stored (unchecked), with their bucket numbers in the same order. */
export interface BucketsRead {
	buckets: unknown[];
	numbers: unknown[];
}

/** Key ranges the buckets are read in: ten buckets each. */
export const BUCKET_READ_PARTS = 10;

/**
 * Requests every record of the card store in `parts` key ranges of the
 * caller's transaction (bucket numbers 0 to `count` - 1; the first and last
 * ranges are open-ended, so a key outside them is read too), in key order.
 * Measured in headless Chromium with 100 buckets of 25 KB, one getAll took
 * 160–400 ms, ten getAlls of ten buckets 30–100 ms in the same runs.
 * Serialized into the trainer page with early-open.ts's script: it refers to nothing outside itself.
 */
export function requestBuckets(store: IDBObjectStore, count: number, parts: number): Promise<BucketsRead> {
	const step = Math.ceil(count / parts);
	const requests: IDBRequest<unknown[]>[] = [];
	for (let part = 0; part < parts; part++) {
		// Every number key is at least -Infinity, and keys of other types sort after all numbers, into the last range.
		const lower = part === 0 ? -Infinity : part * step;
		requests.push(store.getAll(part === parts - 1 ? IDBKeyRange.lowerBound(lower) : IDBKeyRange.bound(lower, (part + 1) * step, false, true)));
	}
	// Requested last: a transaction answers its requests in order, so the others have their results by then.
	const numbers = store.getAllKeys();
	return new Promise((resolve, reject) => {
		numbers.onsuccess = () => resolve({ buckets: requests.flatMap((request) => request.result), numbers: numbers.result });
		numbers.onerror = () => reject(numbers.error);
	});
}

/** Every card bucket of the caller's transaction, read as the trainer page's inline script reads them. */
export function readAllBuckets(store: IDBObjectStore): Promise<BucketsRead> {
	return requestBuckets(store, CARD_BUCKETS, BUCKET_READ_PARTS);
}

/** The parts of the cardBuckets object store (of any transaction) used here. */
export interface BucketStore {
	get(bucket: number): Promise<unknown>;
	put(value: StoredBucket, bucket: number): Promise<unknown>;
	delete(bucket: number): Promise<unknown>;
}

/** A write met a damaged card bucket and wrote nothing: repair it (bucket-repair.ts), then write again. */
export class DamagedBucketError extends Error {
	constructor(
		readonly bucket: number,
		readonly reason: string,
	) {
		super(`card bucket ${bucket} is damaged: ${reason}`);
		this.name = 'DamagedBucketError';
	}
}

/**
 * The bucket holding `key`, read inside the caller's transaction: the card's
 * record (undefined when it has none) and a way to write the bucket back
 * with that record replaced or removed, leaving every other record as it is.
 * A damaged bucket throws DamagedBucketError: nothing is written over damage.
 */
export async function openBucketOf(store: BucketStore, key: string) {
	const bucket = bucketOf(key);
	const stored = await store.get(bucket);
	const checked = stored === undefined ? { records: [] } : checkBucket(stored, bucket);
	if ('damaged' in checked) throw new DamagedBucketError(bucket, checked.damaged);
	const { records } = checked;
	const others = records.filter((record) => record.key !== key);
	return {
		bucket,
		record: records.find((record) => record.key === key),
		/** The write request for the bucket with `record` in place of the card's (none: the card is removed). */
		write: (record: CardRecord | undefined): Promise<unknown> => {
			const next = record ? [...others, record] : others;
			return next.length > 0 ? store.put(bucketValue(next), bucket) : store.delete(bucket);
		},
	};
}

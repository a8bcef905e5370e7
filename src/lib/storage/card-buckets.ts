/**
 * Card records stored in buckets: each bucket is the JSON text of the
 * records whose key hashes to it. Measured in headless Chromium, reading
 * 10,000 records one each took 70–150 ms (per-record overhead), while a
 * few large strings read and parse in about 20 ms; an answer rewrites one
 * bucket of about 100 records (~25 KB), which costs well under a millisecond.
 */
import type { CardRecord } from '../srs/types';

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
	if (typeof stored !== 'string') return { unreadable: 'a card bucket that is not text' };
	try {
		const entries: unknown = JSON.parse(stored);
		return Array.isArray(entries) ? { entries } : { unreadable: 'a card bucket that is not a list' };
	} catch {
		return { unreadable: 'a card bucket that is not valid JSON' };
	}
}

/** The text a bucket is stored as. */
export function bucketText(entries: readonly unknown[]): string {
	return JSON.stringify(entries);
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

/** The parts of the cardBuckets object store (of any transaction) used here. */
export interface BucketStore {
	get(bucket: number): Promise<unknown>;
	put(text: string, bucket: number): Promise<unknown>;
	delete(bucket: number): Promise<unknown>;
}

/**
 * The bucket holding `key`, read inside the caller's transaction: the card's
 * stored entry (undefined when there is none) and a way to write the bucket
 * back with that entry replaced or removed, leaving every other entry as stored.
 * An unreadable bucket is handed to `unreadable` (to be set aside) and starts afresh.
 */
export async function openBucketOf(store: BucketStore, key: string, unreadable: (stored: unknown, reason: string) => void) {
	const bucket = bucketOf(key);
	const stored = await store.get(bucket);
	const read = stored === undefined ? { entries: [] } : readBucket(stored);
	if ('unreadable' in read) unreadable(stored, read.unreadable);
	const entries = 'entries' in read ? read.entries : [];
	const others = entries.filter((entry) => entryCardKey(entry) !== key);
	return {
		bucket,
		entry: entries.find((entry) => entryCardKey(entry) === key),
		/** The write request for the bucket with `record` in place of the card's entry (none: the card is removed). */
		write: (record: CardRecord | undefined): Promise<unknown> => {
			const next = record ? [...others, record] : others;
			return next.length > 0 ? store.put(bucketText(next), bucket) : store.delete(bucket);
		},
	};
}

/**
 * Upgrades of the database layout, run inside the upgrade transaction so a
 * learner's progress survives each change whole. Raw requests (no promises
 * in between) keep everything inside that transaction.
 *
 * 1 → 2: the card records move from one record each (`cards`) into buckets
 * (`cardBuckets`, see card-buckets.ts).
 * 2 → 3: card buckets, log pages' earlier card states and the log's tail
 * get checksums (so an edit that keeps the JSON valid shows), and a page's
 * checksum covers its time range and count too. A page whose old checksum
 * already failed keeps a failing one: damage is never sealed as sound.
 * Entries are carried over as they are; loading checks them as usual.
 * 3 → 4: a page's reviews are stored as UTF-8 bytes instead of text (see
 * utf8.ts), under a checksum over those bytes. A page whose checksum
 * already failed keeps a failing one; text that has no exact UTF-8 form (a
 * lone surrogate, only in damaged text) stays text, as it was, and is set
 * aside as not a page of this layout.
 */
import { unwrap, type IDBPTransaction, type StoreNames } from 'idb';
import { bucketsOf, bucketValue } from './card-buckets';
import { Checksum, textChecksum } from './checksum';
import type { TrainerSchema } from './database';
import { reviewsChecksumParts } from './review-log';
import { textOf, utf8 } from './utf8';

type Upgrade = IDBPTransaction<TrainerSchema, StoreNames<TrainerSchema>[], 'versionchange'>;

/** Version 1's card store, which the schema no longer names. */
const V1_CARDS = 'cards';

/** Version 2 stored each bucket as the bare JSON text of its records. */
function bucketFromVersion2(stored: unknown): unknown {
	return typeof stored === 'string' ? { cards: stored, checksum: textChecksum(stored) } : stored;
}

export function moveCardsIntoBuckets(transaction: Upgrade): void {
	const upgrade = unwrap(transaction);
	const buckets = upgrade.objectStore('cardBuckets');
	const read = upgrade.objectStore(V1_CARDS).getAll();
	read.onsuccess = () => {
		for (const [bucket, entries] of bucketsOf(read.result)) buckets.put(bucketValue(entries), bucket);
		upgrade.db.deleteObjectStore(V1_CARDS);
	};
}

export function checksumBuckets(transaction: Upgrade): void {
	updateEach(unwrap(transaction).objectStore('cardBuckets'), bucketFromVersion2);
}

/** Versions 1 and 2 summed a page's review text alone, without a separator. */
function version2ChecksumHolds(page: { reviews?: unknown; checksum?: unknown }): boolean {
	return typeof page.reviews === 'string' && new Checksum().add(page.reviews).digest() === page.checksum;
}

export function checksumLog(transaction: Upgrade): void {
	const upgrade = unwrap(transaction);
	const befores = upgrade.objectStore('logBefores');
	const cursorRequest = upgrade.objectStore('logPages').openCursor();
	cursorRequest.onsuccess = () => {
		const cursor = cursorRequest.result;
		if (!cursor) return;
		const page = cursor.value as Record<string, unknown>;
		const beforesRequest = befores.get(cursor.primaryKey);
		beforesRequest.onsuccess = () => {
			const beforesText: unknown = beforesRequest.result;
			const sound = version2ChecksumHolds(page) && typeof beforesText === 'string';
			cursor.update(
				reviewsAsBytes({
					...page,
					checksum: sound ? textChecksum(...reviewsChecksumParts(page as Parameters<typeof reviewsChecksumParts>[0])) : `unverified ${String(page['checksum'])}`,
					beforesChecksum: typeof beforesText === 'string' ? textChecksum(beforesText) : '',
				}),
			);
			cursor.continue();
		};
	};
	updateEach(upgrade.objectStore('logTail'), (stored) => {
		const text = JSON.stringify(stored);
		return typeof text === 'string' ? { review: text, checksum: textChecksum(text) } : stored;
	});
}

/** A page as version 3 stored it, with its reviews as UTF-8 bytes under a checksum over them, if its checksum held. */
function reviewsAsBytes(stored: unknown): unknown {
	if (typeof stored !== 'object' || stored === null) return stored;
	const page = stored as Parameters<typeof reviewsChecksumParts>[0] & { checksum?: unknown };
	if (typeof page.reviews !== 'string') return stored;
	const bytes = utf8(page.reviews);
	if (textOf(bytes) !== page.reviews) return stored;
	const sound = textChecksum(...reviewsChecksumParts(page)) === page.checksum;
	const converted = { ...page, reviews: bytes };
	return { ...converted, checksum: sound ? textChecksum(...reviewsChecksumParts(converted)) : `unverified ${String(page.checksum)}` };
}

export function storeReviewsAsBytes(transaction: Upgrade): void {
	updateEach(unwrap(transaction).objectStore('logPages'), reviewsAsBytes);
}

/** Rewrites every record of a store through `convert`. */
function updateEach(store: IDBObjectStore, convert: (stored: unknown) => unknown): void {
	const request = store.openCursor();
	request.onsuccess = () => {
		const cursor = request.result;
		if (!cursor) return;
		cursor.update(convert(cursor.value));
		cursor.continue();
	};
}

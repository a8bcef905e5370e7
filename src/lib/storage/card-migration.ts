/**
 * Version 1 → 2 of the database: the card records move from one record each
 * (`cards`) into buckets (`cardBuckets`, see card-buckets.ts), inside the
 * upgrade transaction, so a learner's progress survives the change whole.
 * Entries are moved as they are; loading checks them as usual, so a corrupt
 * card is still set aside and reported.
 */
import { unwrap, type IDBPTransaction, type StoreNames } from 'idb';
import { bucketsOf, bucketText } from './card-buckets';
import type { TrainerSchema } from './database';

/** Version 1's card store, which the schema no longer names. */
const V1_CARDS = 'cards';

export function moveCardsIntoBuckets(transaction: IDBPTransaction<TrainerSchema, StoreNames<TrainerSchema>[], 'versionchange'>): void {
	// Raw requests keep this inside the upgrade transaction, with no promise in between.
	const upgrade = unwrap(transaction);
	const buckets = upgrade.objectStore('cardBuckets');
	const read = upgrade.objectStore(V1_CARDS).getAll();
	read.onsuccess = () => {
		for (const [bucket, entries] of bucketsOf(read.result)) buckets.put(bucketText(entries), bucket);
		upgrade.db.deleteObjectStore(V1_CARDS);
	};
}

/**
 * The trainer's IndexedDB schema (through `idb`). Values are typed as what
 * the store writes; anything read back is checked again (see quarantine.ts),
 * because other tabs, older versions or a damaged disk may have written it.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ReviewRecord, Settings } from '../srs/types';
import { moveCardsIntoBuckets } from './card-migration';
import type { StoredPage } from './log-reads';

export const DEFAULT_DB_NAME = 'transfer-trainer';
/** 1: one record per card in `cards`; 2: cards in `cardBuckets` (card-buckets.ts). */
const DB_VERSION = 2;

export const SETTINGS_KEY = 'settings';
export const AUTOBACKUP_KEY = 'last';

/** A stored value that failed validation, kept (not deleted) so nothing is lost for good. */
export interface QuarantineEntry {
	store: string;
	key: string;
	reason: string;
	value: unknown;
	movedAt: string;
}

export interface TrainerSchema extends DBSchema {
	/** JSON text of the card records in each bucket, under the bucket number (card-buckets.ts). */
	cardBuckets: { key: number; value: string };
	logPages: { key: number; value: StoredPage; indexes: { maxAt: string } };
	/** Each log page's `before` records (JSON text), under the page number. */
	logBefores: { key: number; value: string };
	/** The newest answers, one small record each, until they are folded into a page. */
	logTail: { key: number; value: ReviewRecord };
	settings: { key: string; value: Settings };
	quarantine: { key: number; value: QuarantineEntry };
	/** JSON text of the Backup taken before the last import. */
	autobackup: { key: string; value: string };
}

export type TrainerDatabase = IDBPDatabase<TrainerSchema>;

export function openTrainerDatabase(name: string): Promise<TrainerDatabase> {
	return openDB<TrainerSchema>(name, DB_VERSION, {
		upgrade(database, oldVersion, _newVersion, transaction) {
			database.createObjectStore('cardBuckets');
			if (oldVersion >= 1) {
				moveCardsIntoBuckets(transaction);
				return;
			}
			// Review times are canonical ISO strings, so index order is time order.
			database.createObjectStore('logPages', { keyPath: 'seq' }).createIndex('maxAt', 'maxAt');
			database.createObjectStore('logBefores');
			database.createObjectStore('logTail', { autoIncrement: true });
			database.createObjectStore('settings');
			database.createObjectStore('quarantine', { autoIncrement: true });
			database.createObjectStore('autobackup');
		},
		blocking(_current, _blocked, event) {
			// A newer version is opening in another tab: let it upgrade.
			(event.target as IDBDatabase).close();
		},
	});
}

/**
 * The trainer's IndexedDB schema (through `idb`). Values are typed as what
 * the store writes; anything read back is checked again (see quarantine.ts),
 * because other tabs, older versions or a damaged disk may have written it.
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Settings } from '../srs/types';
import type { StoredBucket } from './card-buckets';
import type { StoredPage } from './log-reads';
import type { StoredTailEntry } from './tail-entry';
import { changeOfVersion, isClosedConnectionError, StorageChangedError, StorageFullError, type StorageChange } from './errors';
import { checksumBuckets, checksumLog, moveCardsIntoBuckets, storeReviewsAsBytes } from './upgrades';
import { abortQuietly, isQuotaError } from './write';

export const DEFAULT_DB_NAME = 'transfer-trainer';
/**
 * 1: one record per card in `cards`; 2: cards in `cardBuckets` (card-buckets.ts); 3: checksums on everything;
 * 4: log pages' reviews as UTF-8 bytes (upgrades.ts).
 */
export const DB_VERSION = 4;

export const SETTINGS_KEY = 'settings';
/** The newest automatic backup; earlier ones kept beside it are under `earlier-<n>` (backup/auto-backups.ts). */
export const AUTOBACKUP_KEY = 'last';
/** Beside the automatic backups: the checksum of the progress the last import wrote (backup-io.ts). */
export const LAST_IMPORT_KEY = 'lastImport';

/**
 * Damaged data, set aside whole as it was found (never deleted), until the
 * learner restores or discards it. `store` and `key` say where it was
 * (`cardBuckets` / `bucket 8`, `logPages` / `3`, `logTail` / `tail 12`,
 * `settings`; version 2 also wrote `cards` and `reviews` for single entries).
 */
export interface QuarantineEntry {
	store: string;
	key: string;
	reason: string;
	value: unknown;
	movedAt: string;
}

export interface TrainerSchema extends DBSchema {
	/** The card records in each bucket, under the bucket number (card-buckets.ts). */
	cardBuckets: { key: number; value: StoredBucket };
	logPages: { key: number; value: StoredPage; indexes: { maxAt: string } };
	/** Each log page's `before` records (JSON text), under the page number. */
	logBefores: { key: number; value: string };
	/** The newest answers, one small record each, until they are folded into a page. */
	logTail: { key: number; value: StoredTailEntry };
	settings: { key: string; value: Settings };
	quarantine: { key: number; value: QuarantineEntry };
	/** JSON text of the Backups taken before imports and restores replaced the progress (backup/auto-backups.ts). */
	autobackup: { key: string; value: string };
}

export type TrainerDatabase = IDBPDatabase<TrainerSchema>;

/** The transaction that creates or upgrades the database: every store, read and written. */
export type UpgradeTransaction = IDBPTransaction<TrainerSchema, StoreNames<TrainerSchema>[], 'versionchange'>;

export interface OpenOptions {
	early?: IDBDatabase | undefined;
	fill?: (transaction: UpgradeTransaction) => Promise<void>;
	blocked?: (() => void) | undefined;
}

/**
 * Opens (and creates or upgrades) the database. `factory` is the browser's
 * IndexedDB unless the page was handed another one: a frame on another site
 * gets its own site's storage from the Storage Access API's handle
 * (src/lib/embedding/storage-access.ts). This is idb's `openDB` with the
 * factory as a parameter. A database a newer build has upgraded cannot be
 * opened at this version: that is a StorageChangedError (`newer`).
 *
 * `early`: the connection the page's inline script opened (early-open.ts).
 * `fill`, when the database is created by this open, writes its first
 * content in the transaction that creates it (store-copy.ts): should it
 * fail, the database is not created at all, and the open fails with its
 * error (a full disk as a StorageFullError). `blocked` is called when the
 * open has to wait for another connection that does not close for the
 * upgrade (an older build's tab, which ignores `versionchange`): the open
 * stays pending, and completes by itself once that connection closes.
 */
export function openTrainerDatabase(name: string, factory: IDBFactory = indexedDB, { early, fill, blocked }: OpenOptions = {}): Promise<TrainerDatabase> {
	// Opened already by the page's inline script (early-open.ts), at this version.
	if (early) return Promise.resolve(closeOnVersionChange(wrap(early) as TrainerDatabase));
	const request = factory.open(name, DB_VERSION);
	if (blocked) request.addEventListener('blocked', () => blocked());
	let fillFailure: unknown;
	request.addEventListener('upgradeneeded', (event) => {
		const raw = request.transaction;
		if (!raw) return;
		const transaction = wrap(raw) as unknown as UpgradeTransaction;
		upgrade(wrap(request.result) as TrainerDatabase, event.oldVersion, transaction);
		if (!fill || event.oldVersion !== 0) return;
		raw.addEventListener('abort', () => (fillFailure ??= raw.error ?? new DOMException('The database was not created.', 'AbortError')));
		// The open's failure says why.
		transaction.done.catch(() => undefined);
		fill(transaction).catch((error: unknown) => {
			fillFailure ??= error;
			abortQuietly(raw);
		});
	});
	return (wrap(request) as unknown as Promise<TrainerDatabase>).then(closeOnVersionChange, (error: unknown) => {
		if (fillFailure !== undefined) throw isQuotaError(fillFailure) ? new StorageFullError({ cause: fillFailure }) : fillFailure;
		throw (error as { name?: unknown } | null)?.name === 'VersionError' ? new StorageChangedError('newer', { cause: error }) : error;
	});
}

/** Why each connection opened here was closed under the page. */
const closedBy = new WeakMap<TrainerDatabase, StorageChange>();
/** Connections the page closed itself: a request failing on one of them tells nothing about the database. */
const closedHere = new WeakSet<TrainerDatabase>();

/**
 * Another tab upgrading or deleting the database must not wait for this
 * connection: it is closed, and why is kept. The browser may also close it
 * itself when the site's data is cleared (DevTools, the browser's site
 * settings): Chromium then fires `close`, not `versionchange`, and the
 * database is gone.
 */
function closeOnVersionChange(database: TrainerDatabase): TrainerDatabase {
	database.addEventListener('versionchange', (event) => {
		closedBy.set(database, changeOfVersion(event.newVersion));
		database.close();
	});
	database.addEventListener('close', () => {
		if (!closedBy.has(database)) closedBy.set(database, 'deleted');
	});
	return database;
}

/** Closes a connection the page is done with. */
export function closeConnection(database: TrainerDatabase): void {
	closedHere.add(database);
	database.close();
}

/**
 * Why the connection was closed under the page; undefined while it is open.
 * `failure`, an error a request on it met, shows a close the browser made
 * before its `close` event has arrived: a request on a closing connection
 * the page did not close itself.
 */
export function closedConnection(database: TrainerDatabase, failure?: unknown): StorageChange | undefined {
	const known = closedBy.get(database);
	if (known || closedHere.has(database) || !isClosedConnectionError(failure)) return known;
	closedBy.set(database, 'deleted');
	return 'deleted';
}

function upgrade(database: TrainerDatabase, oldVersion: number, transaction: UpgradeTransaction): void {
	if (oldVersion === 0) {
		database.createObjectStore('cardBuckets');
		// Review times are canonical ISO strings, so index order is time order.
		database.createObjectStore('logPages', { keyPath: 'seq' }).createIndex('maxAt', 'maxAt');
		database.createObjectStore('logBefores');
		database.createObjectStore('logTail', { autoIncrement: true });
		database.createObjectStore('settings');
		database.createObjectStore('quarantine', { autoIncrement: true });
		database.createObjectStore('autobackup');
		return;
	}
	if (oldVersion === 1) {
		database.createObjectStore('cardBuckets');
		moveCardsIntoBuckets(transaction);
	} else if (oldVersion === 2) {
		checksumBuckets(transaction);
	}
	// checksumLog writes version 4's pages.
	if (oldVersion < 3) checksumLog(transaction);
	else storeReviewsAsBytes(transaction);
}

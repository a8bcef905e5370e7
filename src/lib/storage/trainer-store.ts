/**
 * The trainer's IndexedDB store (see types.ts for the contract). Every
 * answer is scheduled inside the readwrite transaction that writes it, from
 * the record as stored at that moment, so two tabs answering at once are
 * serialized by IndexedDB: no review is lost or counted twice.
 */
import { changeCard } from '../srs/card-changes';
import { isSettings } from '../srs/guards';
import { createScheduler } from '../srs/scheduler';
import { DEFAULT_SETTINGS, type Settings } from '../srs/types';
import { cleanSettings } from '../srs/valid-state';
import { repairingBuckets } from './bucket-repair';
import { openBucketOf } from './card-buckets';
import { ChangeChannel } from './change-channel';
import { reportsAnything } from './damage';
import { closeConnection, closedConnection, DEFAULT_DB_NAME, SETTINGS_KEY } from './database';
import { stillOpen, type EarlyOpen } from './early-open';
import { failingAsChanged, type StorageChange } from './errors';
import { rejectionReason } from './explain';
import { load, reviewsBetween } from './load';
import { logStores } from './log-reads';
import { appendToLog } from './log-writes';
import { newReviewId } from './review-id';
import { openOwnDatabase } from './store-copy';
import type { DamageReport, TrainerStore } from './types';
import { undoIn } from './undo';
import { DATA_STORES, writeTransaction } from './write';

/** What no first card waits for loads on first use: backups, the checks, the set-aside data. */
const backups = () => import('./backup-io');
const checks = () => import('./integrity');
const setAside = () => import('./set-aside');

let persistenceRequested = false;

/** Asks the browser (once per page) not to evict the trainer's data under storage pressure. */
function requestPersistence(): void {
	if (persistenceRequested) return;
	persistenceRequested = true;
	const storage = globalThis.navigator?.storage;
	if (typeof storage?.persist !== 'function') return;
	storage
		.persisted()
		.then((persisted) => (persisted ? true : storage.persist()))
		.catch(() => undefined);
}

/**
 * Opens the store `name` (store-name.ts gives a site's; the default is the
 * root's and course packages'), created with a copy of the shared store when
 * it does not exist yet (store-copy.ts); `early` is what the page's inline
 * script opened and read (early-open.ts), used by the first load; `blocked`
 * is called when the open waits for another tab to close the database
 * (database.ts), and the store opens once it has.
 * Once another tab has upgraded or deleted the database, every call fails with a StorageChangedError.
 */
export async function openTrainerStore(name: string = DEFAULT_DB_NAME, factory?: IDBFactory, early?: EarlyOpen, blocked?: () => void): Promise<TrainerStore> {
	// Closed by the inline script for another tab's upgrade or deletion before this code took it: opened afresh,
	// without the cards it may have read before. One the script opened under another name is not this store.
	const taken = early && early.database.name === name && stillOpen(early) ? early : undefined;
	if (early && !taken) early.database.close();
	const { database, copied } = await openOwnDatabase(name, factory, { early: taken?.database, blocked });
	let earlyCards = taken?.cards;
	const changes = new ChangeChannel(`${name}:changes`);
	const repairListeners = new Set<(report: DamageReport) => void>();
	const closeListeners = new Set<(change: StorageChange) => void>();
	// Registered after database.ts's own listeners, which have closed the connection (or seen the browser close it) and kept why.
	const closed = () => {
		const change = closedConnection(database);
		if (change) for (const listener of closeListeners) listener(change);
	};
	database.addEventListener('versionchange', closed);
	database.addEventListener('close', closed);
	requestPersistence();

	/** Runs a write and, once it has committed, tells the other tabs. */
	async function announced<T>(write: Promise<T>): Promise<T> {
		const result = await write;
		changes.announce();
		return result;
	}

	/** A write that may meet a damaged card bucket: it is repaired first, the learner is told, and the write runs again. */
	function repairingWrite<T>(write: () => Promise<T>): Promise<T> {
		return announced(
			repairingBuckets(database, write, (report) => {
				for (const listener of repairListeners) listener(report);
			}),
		);
	}

	const store: TrainerStore = {
		name,
		copiedFromShared: copied,
		async load(now, timeZone) {
			const cards = earlyCards;
			earlyCards = undefined;
			const loaded = await load(database, now, timeZone, cards);
			if (reportsAnything(loaded.damage)) changes.announce();
			return loaded;
		},

		answer: (key, rating, now, timeZone) =>
			repairingWrite(() =>
				writeTransaction(database, [...DATA_STORES], async (transaction, track) => {
					const log = logStores(transaction);
					// Everything the answer needs is requested at once: one wait for the database before writing.
					const [bucket, storedSettings, tailLength] = await Promise.all([
						openBucketOf(transaction.objectStore('cardBuckets'), key),
						transaction.objectStore('settings').get(SETTINGS_KEY),
						log.tail.count(),
					]);
					const settings = isSettings(storedSettings) ? storedSettings : DEFAULT_SETTINGS;
					// ts-fsrs is synchronous, so the transaction stays active through scheduling.
					const review = createScheduler(settings, timeZone).answer(bucket.record, key, rating, now, newReviewId());
					track(bucket.write(review.after));
					await appendToLog(log, review, tailLength, track);
					return review;
				}),
			),

		changeCard: (key, change, now) =>
			repairingWrite(() =>
				writeTransaction(database, [...DATA_STORES], async (transaction, track) => {
					const log = logStores(transaction);
					const [bucket, tailLength] = await Promise.all([openBucketOf(transaction.objectStore('cardBuckets'), key), log.tail.count()]);
					const entry = changeCard(bucket.record, key, change, now, newReviewId());
					track(bucket.write(entry.after));
					await appendToLog(log, entry, tailLength, track);
					return entry;
				}),
			),

		undo: (answer) => repairingWrite(() => writeTransaction(database, [...DATA_STORES], (transaction, track) => undoIn(transaction, track, answer))),

		async saveSettings(settings: Settings) {
			if (!isSettings(settings)) throw new Error(`Settings not saved: ${await rejectionReason('settings', settings)}`);
			return announced(
				writeTransaction(database, ['settings'], async (transaction, track) => {
					track(transaction.objectStore('settings').put(cleanSettings(settings), SETTINGS_KEY));
				}),
			);
		},

		reviews: (fromIso, toIso) => reviewsBetween(database, fromIso, toIso),
		exportBackup: async (now) => (await backups()).exportBackup(database, now),
		exportBackupText: async (now) => (await backups()).exportBackupText(database, now),
		importBackup: async (data, confirmed) => announced((await backups()).importBackup(database, data, new Date(), { confirmed })),
		lastAutoBackup: async () => (await import('./auto-backup-store')).lastAutoBackup(database),
		checkLog: async (pause) => announcedIfRepaired((await checks()).checkLog(database, pause, new Date())),
		checkData: async (pause) => announcedIfRepaired((await checks()).checkData(database, pause, new Date())),
		setAsideItems: async (limit) => (await setAside()).listSetAside(database, limit),
		setAsideCount: () => database.count('quarantine'),
		restoreSetAside: async (id) => {
			const { restoreSetAside } = await setAside();
			return repairingWrite(() => restoreSetAside(database, id, new Date()));
		},
		discardSetAside: async (id) => announced((await setAside()).discardSetAside(database, id)),
		announceChange: () => changes.announce(),
		onExternalChange: (listener) => changes.listen(listener),
		onRepair(listener) {
			repairListeners.add(listener);
			return () => repairListeners.delete(listener);
		},
		closedBy: () => closedConnection(database),
		onClosed(listener) {
			closeListeners.add(listener);
			return () => closeListeners.delete(listener);
		},
		close() {
			changes.close();
			repairListeners.clear();
			closeListeners.clear();
			closeConnection(database);
		},
	};
	return failingAsChanged(store, (error) => closedConnection(database, error));

	/** A check changes something only when it repaired damage: then the other tabs are told. */
	async function announcedIfRepaired<T extends DamageReport>(check: Promise<T>): Promise<T> {
		const report = await check;
		if (reportsAnything(report)) changes.announce();
		return report;
	}
}

import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSyntheticHistory } from '../srs/synthetic-history';
import { DEFAULT_SETTINGS } from '../srs/types';
import { AUTOBACKUP_KEY, DEFAULT_DB_NAME, LAST_IMPORT_KEY } from './database';
import { StorageFullError } from './errors';
import { trainerDatabaseName } from './store-name';
import { importReplacing, minutesLater, now, openStore, writeRaw, zone } from './test-helpers';
import type { TrainerStore } from './types';

const STORES = ['cardBuckets', 'logPages', 'logBefores', 'logTail', 'settings', 'quarantine', 'autobackup'];
const SET_ASIDE = { store: 'logTail', key: 'tail 9', reason: 'its checksum does not match', value: { review: '{"broken"' }, movedAt: '2025-03-09T10:00:00.000Z' };

let bases = 0;
/** A base path of its own per test: each one's store is new. */
function freshBase(): string {
	bases += 1;
	return `/course-${bases}/`;
}

afterEach(async () => {
	await deleteDB(DEFAULT_DB_NAME);
});

async function databaseNames(): Promise<string[]> {
	return (await indexedDB.databases()).map(({ name }) => name ?? '');
}

/** Every record of every store, with its key, as stored. */
async function rawContent(name: string): Promise<Record<string, [IDBValidKey, unknown][]>> {
	const database = await openDB(name);
	const content: Record<string, [IDBValidKey, unknown][]> = {};
	for (const store of STORES) {
		const [keys, values] = await Promise.all([database.getAllKeys(store), database.getAll(store)]);
		content[store] = keys.map((key, index) => [key, values[index]]);
	}
	database.close();
	return content;
}

/**
 * The shared store as an earlier version left it: an import (whose automatic
 * backup holds the progress before it), answers in the tail and on a filed
 * page, settings of the learner's own, an entry set aside.
 */
async function sharedStoreWithProgress(): Promise<TrainerStore> {
	const shared = await openStore(DEFAULT_DB_NAME);
	await shared.answer('d/before-import', 3, now, zone);
	await importReplacing(shared, makeSyntheticHistory(4, 120, 7, now));
	await shared.answer('d/a', 3, minutesLater(5), zone);
	await shared.answer('d/b', 1, minutesLater(6), zone);
	await shared.saveSettings({ ...DEFAULT_SETTINGS, desiredRetention: 0.85, newCardsPerDay: 7 });
	await writeRaw(DEFAULT_DB_NAME, 'quarantine', SET_ASIDE);
	return shared;
}

/** What the learner sees of a store: cards, settings, the log, the data set aside, the automatic backup. */
async function seen(store: TrainerStore) {
	const loaded = await store.load(minutesLater(10), zone);
	return {
		records: loaded.records,
		settings: loaded.settings,
		newIntroducedToday: loaded.newIntroducedToday,
		reviews: await store.reviews(),
		setAside: await store.setAsideItems(),
		autoBackup: await store.lastAutoBackup(),
	};
}

describe("a site's own store, the first time it is opened", () => {
	it('is a copy of everything the shared store holds, and the shared store is left exactly as it was', async () => {
		const shared = await sharedStoreWithProgress();
		const expected = await seen(shared);
		shared.close();
		const before = await rawContent(DEFAULT_DB_NAME);

		const own = await openStore(trainerDatabaseName(freshBase()));
		expect(own.copiedFromShared).toBe(true);
		expect(await seen(own)).toEqual(expected);
		expect(expected.reviews).toHaveLength(122);
		expect(expected.setAside).toHaveLength(1);
		const copied = await rawContent(own.name);
		// The set-aside entry as it was found, the automatic backup and the last import's record as stored.
		expect(copied['quarantine']).toEqual(before['quarantine']);
		expect(copied['autobackup']).toEqual(before['autobackup']);
		expect(before['autobackup']!.map(([key]) => key).sort()).toEqual([AUTOBACKUP_KEY, LAST_IMPORT_KEY]);

		own.close();
		expect(await rawContent(DEFAULT_DB_NAME)).toEqual(before);
	});

	it('is copied once: opened again it is the site’s own, and the shared store’s later answers stay there', async () => {
		const name = trainerDatabaseName(freshBase());
		(await sharedStoreWithProgress()).close();
		const first = await openStore(name);
		expect(first.copiedFromShared).toBe(true);
		await first.answer('d/own', 3, minutesLater(20), zone);
		first.close();

		const shared = await openStore(DEFAULT_DB_NAME);
		await shared.answer('d/at-the-root', 3, minutesLater(30), zone);
		const again = await openStore(name);
		expect(again.copiedFromShared).toBe(false);
		const keys = (await again.reviews()).map((review) => review.key);
		expect(keys).toContain('d/own');
		expect(keys).not.toContain('d/at-the-root');
		expect(await again.reviews()).toHaveLength(123);
		expect(await shared.reviews()).toHaveLength(123);
	});

	it('gives each of two sites on the origin a copy of its own: studying in one leaves the other’s counts as they were', async () => {
		(await sharedStoreWithProgress()).close();
		const [a, b] = [await openStore(trainerDatabaseName(freshBase())), await openStore(trainerDatabaseName(freshBase()))];
		expect([a.copiedFromShared, b.copiedFromShared]).toEqual([true, true]);
		const bBefore = await seen(b);
		const today = minutesLater(24 * 60);
		const newBefore = (await b.load(today, zone)).newIntroducedToday;
		await a.answer('d/new-in-a', 3, today, zone);
		await a.saveSettings({ ...DEFAULT_SETTINGS, newCardsPerDay: 1 });
		expect((await a.load(today, zone)).newIntroducedToday).toBe(newBefore + 1);
		expect((await b.load(today, zone)).newIntroducedToday).toBe(newBefore);
		expect(await seen(b)).toEqual(bBefore);
		// An import in one replaces that site's history only.
		await importReplacing(a, makeSyntheticHistory(1, 1, 3, now));
		expect(await seen(b)).toEqual(bBefore);
	});

	it('is made by one of two tabs opening it at once; the other opens it as made', async () => {
		(await sharedStoreWithProgress()).close();
		const name = trainerDatabaseName(freshBase());
		const tabs = await Promise.all([openStore(name), openStore(name)]);
		expect(tabs.map((tab) => tab.copiedFromShared).sort()).toEqual([false, true]);
		expect(await tabs[0]!.reviews()).toHaveLength(122);
		expect(await tabs[1]!.reviews()).toEqual(await tabs[0]!.reviews());
	});

	it('is not made at all when writing the copy fails part way (a full disk), and is made whole at the next opening', async () => {
		(await sharedStoreWithProgress()).close();
		const before = await rawContent(DEFAULT_DB_NAME);
		const name = trainerDatabaseName(freshBase());
		const put = IDBObjectStore.prototype.put;
		let puts = 0;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
			// The copy's third write: two card buckets are written by then.
			if (this.transaction.db.name === name && ++puts === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		};
		try {
			await expect(openStore(name)).rejects.toBeInstanceOf(StorageFullError);
		} finally {
			IDBObjectStore.prototype.put = put;
		}
		expect(puts).toBe(3);
		expect(await databaseNames()).not.toContain(name);
		expect(await rawContent(DEFAULT_DB_NAME)).toEqual(before);

		const own = await openStore(name);
		expect(own.copiedFromShared).toBe(true);
		expect(await own.reviews()).toHaveLength(122);
	});

	it('is made empty, and nothing is said, when the shared store does not exist or holds nothing', async () => {
		const own = await openStore(trainerDatabaseName(freshBase()));
		expect(own.copiedFromShared).toBe(false);
		expect((await own.load(now, zone)).records.size).toBe(0);
		// Looking for the shared store does not create it.
		expect(await databaseNames()).not.toContain(DEFAULT_DB_NAME);

		(await openStore(DEFAULT_DB_NAME)).close();
		const other = await openStore(trainerDatabaseName(freshBase()));
		expect(other.copiedFromShared).toBe(false);
	});

	it('is the shared store itself at the root (and in a course package): nothing to copy', async () => {
		(await sharedStoreWithProgress()).close();
		const root = await openStore(trainerDatabaseName('/'));
		expect(root.name).toBe(DEFAULT_DB_NAME);
		expect(root.copiedFromShared).toBe(false);
		expect(await root.reviews()).toHaveLength(122);
	});
});

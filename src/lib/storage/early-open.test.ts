import { deleteDB, openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openTrainerDatabase } from './database';
import { EARLY_OPEN_GLOBAL, earlyOpenScript, takeEarlyOpen, type EarlyOpen } from './early-open';
import { freshName, openStore } from './test-helpers';
import { openTrainerStore } from './trainer-store';

const zone = 'Europe/Istanbul';
const now = new Date('2026-12-01T09:00:00.000Z');

/** Runs the inline script as the page would (top-level, not framed) and returns what it left for the trainer. */
function runScript(name: string, { version = DB_VERSION, framed = false } = {}): Promise<EarlyOpen | undefined> {
	const scope: Record<string, unknown> = { indexedDB };
	new Function('self', 'top', 'indexedDB', earlyOpenScript(name, version, 'cardBuckets'))(scope, framed ? {} : scope, indexedDB);
	return takeEarlyOpen(undefined, scope);
}

async function databaseVersions(): Promise<Map<string, number>> {
	return new Map((await indexedDB.databases()).map(({ name, version }) => [name ?? '', version ?? 0]));
}

/** A version-3 database held open by a connection that ignores versionchange, as an older build's tab does. */
function openVersion3(name: string): ReturnType<typeof openDB> {
	return openDB(name, 3, {
		upgrade(upgrading) {
			upgrading.createObjectStore('cardBuckets');
			upgrading.createObjectStore('logPages', { keyPath: 'seq' }).createIndex('maxAt', 'maxAt');
			for (const store of ['logBefores', 'settings', 'autobackup']) upgrading.createObjectStore(store);
			for (const store of ['logTail', 'quarantine']) upgrading.createObjectStore(store, { autoIncrement: true });
		},
	});
}

describe('the early open of the trainer page', () => {
	it('opens an existing database and reads its card buckets; the first load uses them', async () => {
		const name = freshName();
		const store = await openStore(name);
		await store.answer('d/a', 3, now, zone);
		await store.answer('d/b', 1, now, zone);
		const expected = (await store.load(now, zone)).records;
		expect(expected.size).toBe(2);

		const early = await runScript(name);
		expect(early).toBeDefined();
		const cards = await early!.cards;
		expect(cards?.buckets.length).toBe(cards?.numbers.length);
		const fromEarly = await openTrainerStore(name, undefined, early);
		try {
			expect((await fromEarly.load(now, zone)).records).toEqual(expected);
			// The connection is the trainer's own from then on: it writes and reads again.
			await fromEarly.answer('d/c', 3, now, zone);
			expect((await fromEarly.load(now, zone)).records.size).toBe(3);
		} finally {
			fromEarly.close();
		}
	});

	it('leaves a missing database missing, for the trainer to create', async () => {
		const name = freshName();
		expect(await runScript(name)).toBeUndefined();
		expect((await databaseVersions()).has(name)).toBe(false);
		const store = await openStore(name);
		expect((await store.load(now, zone)).records.size).toBe(0);
	});

	it('leaves an older database as it is, for the trainer to upgrade', async () => {
		const name = freshName();
		(await openDB(name, DB_VERSION - 1, { upgrade: (database) => void database.createObjectStore('cardBuckets') })).close();
		expect(await runScript(name)).toBeUndefined();
		expect((await databaseVersions()).get(name)).toBe(DB_VERSION - 1);
	});

	it('an upgrade another connection blocks (an older build’s tab, deaf to versionchange): the script says so at once; the trainer’s open, queued behind it, completes once that connection closes', async () => {
		const name = freshName();
		const older = await openVersion3(name);
		const scope: Record<string, unknown> = { indexedDB };
		new Function('self', 'top', 'indexedDB', earlyOpenScript(name, DB_VERSION, 'cardBuckets'))(scope, scope, indexedDB);
		let told = 0;
		expect(await takeEarlyOpen(() => (told += 1), scope)).toBeUndefined();
		expect(told).toBe(1);
		let opened = false;
		const opening = openTrainerStore(name).then((store) => {
			opened = true;
			return store;
		});
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(opened).toBe(false);
		older.close();
		const store = await opening;
		try {
			expect((await store.load(now, zone)).records.size).toBe(0);
			expect((await databaseVersions()).get(name)).toBe(DB_VERSION);
		} finally {
			store.close();
		}
	});

	it('the trainer’s own open, blocked the same way, says so and completes once the other connection closes', async () => {
		const name = freshName();
		const older = await openVersion3(name);
		let told = 0;
		let opened = false;
		const opening = openTrainerDatabase(name, indexedDB, { blocked: () => (told += 1) }).then((database) => {
			opened = true;
			return database;
		});
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect([told, opened]).toEqual([1, false]);
		older.close();
		const database = await opening;
		expect(database.version).toBe(DB_VERSION);
		database.close();
	});

	it('closed for another tab before the trainer takes it: the trainer opens afresh, never with the cards read before', async () => {
		const upgraded = freshName();
		await (await openStore(upgraded)).answer('d/a', 3, now, zone);
		const beforeUpgrade = await runScript(upgraded);
		await (await openDB(upgraded, DB_VERSION + 1)).close();
		await expect(openTrainerStore(upgraded, undefined, beforeUpgrade)).rejects.toMatchObject({ name: 'StorageChangedError', change: 'newer' });

		const deleted = freshName();
		await (await openStore(deleted)).answer('d/a', 3, now, zone);
		const beforeDeletion = await runScript(deleted);
		await deleteDB(deleted);
		const store = await openTrainerStore(deleted, undefined, beforeDeletion);
		try {
			expect((await store.load(now, zone)).records.size).toBe(0);
		} finally {
			store.close();
		}
	});

	it('opened under another name is not the store the trainer opens: that one is opened by its own name', async () => {
		const other = freshName();
		await (await openStore(other)).answer('d/other', 3, now, zone);
		const name = freshName();
		await (await openStore(name)).answer('d/own', 3, now, zone);
		const store = await openTrainerStore(name, undefined, await runScript(other));
		try {
			expect([...(await store.load(now, zone)).records.keys()]).toEqual(['d/own']);
		} finally {
			store.close();
		}
	});

	it('does nothing in a frame, where the trainer chooses whose storage to use', async () => {
		const name = freshName();
		(await openStore(name)).close();
		expect(await runScript(name, { framed: true })).toBeUndefined();
	});

	it('is taken once: a second store opens its own connection', async () => {
		const scope: Record<string, unknown> = { [EARLY_OPEN_GLOBAL]: Promise.resolve(undefined) };
		await takeEarlyOpen(undefined, scope);
		expect(scope[EARLY_OPEN_GLOBAL]).toBeUndefined();
		expect(await takeEarlyOpen(undefined, scope)).toBeUndefined();
	});
});

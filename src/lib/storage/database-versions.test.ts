import { forceCloseDatabase } from 'fake-indexeddb';
import { deleteDB, openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { answerImport } from '../backup/import-file';
import { closeConnection, closedConnection, DB_VERSION, openTrainerDatabase } from './database';
import { refuseIfChanged, StorageChangedError, storageErrorKey, storageFailure, storageFailureError, StorageFullError, type StorageChange } from './errors';
import { openTrainerStore } from './trainer-store';
import { freshName, minutesLater, now, openStore, readAllRaw, zone } from './test-helpers';

/** What a newer build does in another tab: opens the database one version up (its upgrade changing nothing here). */
async function upgradeElsewhere(name: string): Promise<void> {
	const database = await openDB(name, DB_VERSION + 1);
	database.close();
}

describe('a database a newer build has upgraded', () => {
	it('cannot be opened by this build: a StorageChangedError (newer), and nothing stored is touched', async () => {
		const name = freshName();
		const store = await openStore(name);
		await store.answer('d/a', 3, now, zone);
		store.close();
		await upgradeElsewhere(name);
		const opening = openTrainerStore(name);
		await expect(opening).rejects.toBeInstanceOf(StorageChangedError);
		await expect(opening).rejects.toMatchObject({ change: 'newer' });
		expect(await readAllRaw(name, 'logTail')).toHaveLength(1);
	});
});

describe('another tab upgrading or deleting the database while the store is open', () => {
	const cases: [StorageChange, (name: string) => Promise<void>][] = [
		['upgraded', upgradeElsewhere],
		['deleted', (name) => deleteDB(name)],
	];
	for (const [change, elsewhere] of cases) {
		it(`lets it through, tells the listeners once and fails every later call with StorageChangedError (${change})`, async () => {
			const name = freshName();
			const store = await openStore(name);
			await store.answer('d/a', 3, now, zone);
			const { settings } = await store.load(now, zone);
			const told: StorageChange[] = [];
			store.onClosed((closed) => told.push(closed));
			expect(store.closedBy()).toBeUndefined();
			await elsewhere(name);
			expect(told).toEqual([change]);
			expect(store.closedBy()).toBe(change);
			const calls = await Promise.allSettled([
				store.answer('d/a', 3, minutesLater(10), zone),
				store.load(now, zone),
				store.saveSettings(settings),
				store.exportBackupText(now),
				store.setAsideCount(),
				store.lastAutoBackup(),
			]);
			for (const call of calls) expect(call).toMatchObject({ status: 'rejected', reason: { name: 'StorageChangedError', change } });
		});
	}

	it('an answer in flight when the other tab asks is stored: the upgrade waits for it', async () => {
		const name = freshName();
		const store = await openStore(name);
		const answering = store.answer('d/a', 3, now, zone);
		const upgrading = upgradeElsewhere(name);
		expect((await answering).key).toBe('d/a');
		await upgrading;
		expect(store.closedBy()).toBe('upgraded');
		expect(await readAllRaw(name, 'logTail')).toHaveLength(1);
	});

	it('the import worker refuses a database a newer build upgraded as the store does', async () => {
		const name = 'transfer-trainer';
		await deleteDB(name);
		const store = await openTrainerStore(name);
		store.close();
		await upgradeElsewhere(name);
		const response = await answerImport({ id: 1, database: name, action: 'describe' });
		expect(response).toMatchObject({ failure: { change: 'newer' } });
		await deleteDB(name);
	});
});

/** The browser's own IndexedDB with every connection the store opens handed to `opened` as well. */
function watchedFactory(opened: (database: IDBDatabase) => void): IDBFactory {
	return {
		...indexedDB,
		open(name: string, version?: number) {
			const request = indexedDB.open(name, version);
			request.addEventListener('success', () => opened(request.result));
			return request;
		},
	} as IDBFactory;
}

/** What Chromium throws on a connection it closed itself (the site's data cleared). */
const closing = () => new DOMException("Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing.", 'InvalidStateError');

describe('the browser closing the connection itself (the site’s data cleared)', () => {
	it('by its close event: the listeners are told once, and every later call fails with StorageChangedError (deleted)', async () => {
		const name = freshName();
		let raw: IDBDatabase | undefined;
		const store = await openTrainerStore(name, watchedFactory((database) => (raw = database)));
		await store.answer('d/a', 3, now, zone);
		const told: StorageChange[] = [];
		store.onClosed((closed) => told.push(closed));
		// fake-indexeddb types its parameter as the class; it takes a connection.
		forceCloseDatabase(raw! as unknown as Parameters<typeof forceCloseDatabase>[0]);
		expect(told).toEqual(['deleted']);
		expect(store.closedBy()).toBe('deleted');
		for (const call of await Promise.allSettled([store.answer('d/a', 3, minutesLater(10), zone), store.exportBackupText(now), store.setAsideCount()])) {
			expect(call).toMatchObject({ status: 'rejected', reason: { name: 'StorageChangedError', change: 'deleted' } });
		}
		store.close();
	});

	it('by a request failing on the closing connection before that event arrives', async () => {
		const name = freshName();
		let raw: IDBDatabase | undefined;
		const store = await openTrainerStore(name, watchedFactory((database) => (raw = database)));
		raw!.transaction = () => {
			throw closing();
		};
		await expect(store.answer('d/a', 3, now, zone)).rejects.toMatchObject({ name: 'StorageChangedError', change: 'deleted' });
		expect(store.closedBy()).toBe('deleted');
		store.close();
	});

	it('is not a connection the page closed itself, nor any other failure', async () => {
		const name = freshName();
		const open = await openTrainerDatabase(name);
		expect(closedConnection(open, new DOMException('The transaction was aborted, so the request cannot be fulfilled.', 'AbortError'))).toBeUndefined();
		expect(closedConnection(open, new Error('The database connection is closing.'))).toBeUndefined();
		expect(closedConnection(open)).toBeUndefined();
		expect(closedConnection(open, new DOMException('Connection to Indexed Database server lost. Refresh the page to try again', 'UnknownError'))).toBe('deleted');
		const closedHere = await openTrainerDatabase(name);
		closeConnection(closedHere);
		expect(closedConnection(closedHere, closing())).toBeUndefined();
		closeConnection(open);
	});
});

describe('storage failures in the learner’s words', () => {
	it('names a message key for a full disk and for each change, none for anything else', () => {
		expect(storageErrorKey(new StorageFullError())).toBe('trainer.storage.full');
		expect(storageErrorKey(new StorageChangedError('newer'))).toBe('trainer.storage.newer');
		expect(storageErrorKey(new StorageChangedError('upgraded'))).toBe('trainer.storage.upgraded');
		expect(storageErrorKey(new StorageChangedError('deleted'))).toBe('trainer.storage.deleted');
		expect(storageErrorKey(new Error('The database connection is closing.'))).toBeUndefined();
	});

	it('refuses work on another connection only once the page’s own was closed under it', () => {
		expect(() => refuseIfChanged(undefined)).not.toThrow();
		expect(() => refuseIfChanged('deleted')).toThrow(expect.objectContaining({ name: 'StorageChangedError', change: 'deleted' }));
	});

	it('keeps what a failure was across a worker’s message', () => {
		for (const error of [new StorageFullError(), new StorageChangedError('deleted'), new Error('disk on fire')]) {
			const carried = storageFailureError(structuredClone(storageFailure(error)));
			expect(carried.constructor).toBe(error.constructor);
			expect(storageErrorKey(carried)).toBe(storageErrorKey(error));
		}
		expect(storageFailureError(storageFailure(new Error('disk on fire'))).message).toBe('disk on fire');
	});
});

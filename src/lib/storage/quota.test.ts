import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeSyntheticHistory } from '../srs/synthetic-history';
import { StorageFullError } from './errors';
import { freshName, minutesLater, now, openStore, zone } from './test-helpers';

type Write = IDBObjectStore['put'];
const originalPut: Write = IDBObjectStore.prototype.put;
const originalAdd: Write = IDBObjectStore.prototype.add;

afterEach(() => {
	IDBObjectStore.prototype.put = originalPut;
	IDBObjectStore.prototype.add = originalAdd;
});

/** A full disk as the request itself reports it: adding to the review log throws. */
function failLogWritesSynchronously(): void {
	IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<Write>) {
		if (this.name === 'logTail') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		return originalAdd.apply(this, args);
	};
}

/** A full disk as the transaction reports it: it aborts with a QuotaExceededError (fake-indexeddb's internal abort). */
function abortOnWrite(method: 'add' | 'put', store: string): void {
	const original = method === 'add' ? originalAdd : originalPut;
	IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<Write>) {
		const request = original.apply(this, args);
		if (this.name === store) (this.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
		return request;
	};
}

describe('a full disk', () => {
	it('gives a StorageFullError and leaves the card as it was (request error)', async () => {
		const store = await openStore(freshName());
		const first = await store.answer('d/a', 3, now, zone);
		failLogWritesSynchronously();
		const failed = store.answer('d/a', 3, minutesLater(10), zone);
		await expect(failed).rejects.toBeInstanceOf(StorageFullError);
		await expect(failed).rejects.toThrow(/storage is full/i);
		IDBObjectStore.prototype.add = originalAdd;
		expect((await store.load(now, zone)).records.get('d/a')).toEqual(first.after);
		expect(await store.reviews()).toEqual([first]);
	});

	it('gives a StorageFullError and leaves nothing half-written (transaction aborted)', async () => {
		const store = await openStore(freshName());
		abortOnWrite('add', 'logTail');
		await expect(store.answer('d/a', 3, now, zone)).rejects.toBeInstanceOf(StorageFullError);
		IDBObjectStore.prototype.add = originalAdd;
		const loaded = await store.load(now, zone);
		expect(loaded.records.size).toBe(0);
		expect(await store.reviews()).toEqual([]);
	});

	it('during an import leaves the old data and no automatic backup', async () => {
		const store = await openStore(freshName());
		const kept = await store.answer('d/kept', 3, now, zone);
		abortOnWrite('put', 'logPages');
		await expect(store.importBackup(makeSyntheticHistory(5, 10, 1, now), { count: 1, newestAt: kept.reviewedAt })).rejects.toBeInstanceOf(StorageFullError);
		IDBObjectStore.prototype.put = originalPut;
		expect([...(await store.load(now, zone)).records.values()]).toEqual([kept.after]);
		expect(await store.reviews()).toEqual([kept]);
		expect(await store.lastAutoBackup()).toBeUndefined();
	});
});

describe('unrelated failures', () => {
	it('are passed on unchanged', async () => {
		const store = await openStore(freshName());
		const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('bad key', 'DataError');
		});
		try {
			await expect(store.answer('d/a', 3, now, zone)).rejects.toMatchObject({ name: 'DataError' });
		} finally {
			spy.mockRestore();
		}
	});
});

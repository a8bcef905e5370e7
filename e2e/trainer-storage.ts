import type { Page } from '@playwright/test';

/**
 * Raw access to the trainer's IndexedDB from the page, as a damaged browser
 * (or a hand edit in the browser's tools) would change it: values are read
 * and written as they are stored, bypassing the store and its checksums
 * (see src/lib/storage/database.ts for the layout).
 */
export interface StoredRecord {
	key: IDBValidKey;
	value: unknown;
}

/** Every record of one store of the trainer's database, with its key. */
export function readStore(page: Page, store: string): Promise<StoredRecord[]> {
	return page.evaluate(async (name) => {
		const database = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('transfer-trainer');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const objects = database.transaction(name).objectStore(name);
		const [values, keys] = await Promise.all(
			[objects.getAll(), objects.getAllKeys()].map(
				(request) =>
					new Promise<unknown[]>((resolve, reject) => {
						request.onsuccess = () => resolve(request.result as unknown[]);
						request.onerror = () => reject(request.error);
					}),
			),
		);
		database.close();
		return keys!.map((key, index) => ({ key: key as IDBValidKey, value: values![index] }));
	}, store);
}

/** Puts records into one store as they are (`key` is left out for stores with a key path), or deletes the key when `value` is undefined. */
export function writeStore(page: Page, store: string, records: StoredRecord[]): Promise<void> {
	// As JSON text: the values are JSON data, and Playwright's argument types recurse forever on `unknown`.
	return page.evaluate(
		async ({ name, json }) => {
			const entries = JSON.parse(json) as { key: IDBValidKey; value?: unknown }[];
			const database = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open('transfer-trainer');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			const transaction = database.transaction(name, 'readwrite');
			const objects = transaction.objectStore(name);
			for (const { key, value } of entries) {
				if (value === undefined) objects.delete(key);
				else if (objects.keyPath === null) objects.put(value, key);
				else objects.put(value);
			}
			await new Promise((resolve, reject) => {
				transaction.oncomplete = resolve;
				transaction.onerror = () => reject(transaction.error);
			});
			database.close();
		},
		{ name: store, json: JSON.stringify(records) },
	);
}

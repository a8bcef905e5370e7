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

/**
 * Every record of one store of the trainer's database, with its key;
 * `bytesField`, stored as UTF-8 bytes (a log page's `reviews`), is read as
 * the text it holds.
 */
export function readStore(page: Page, store: string, bytesField?: string): Promise<StoredRecord[]> {
	return page.evaluate(async ({ name, field }) => {
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
		const decoder = new TextDecoder();
		const asText = (value: unknown) => {
			const bytes = field === undefined || typeof value !== 'object' || value === null ? undefined : (value as Record<string, unknown>)[field];
			return bytes instanceof Uint8Array ? { ...(value as object), [field!]: decoder.decode(bytes) } : value;
		};
		return keys!.map((key, index) => ({ key: key as IDBValidKey, value: asText(values![index]) }));
	}, { name: store, field: bytesField });
}

/**
 * Puts records into one store as they are (`key` is left out for stores with a key path), or deletes the key
 * when `value` is undefined; `bytesField` (text) is stored as its UTF-8 bytes, as the trainer stores a log page's `reviews`.
 */
export function writeStore(page: Page, store: string, records: StoredRecord[], bytesField?: string): Promise<void> {
	// As JSON text: the values are JSON data, and Playwright's argument types recurse forever on `unknown`.
	return page.evaluate(
		async ({ name, json, field }) => {
			const encoder = new TextEncoder();
			const entries = (JSON.parse(json) as { key: IDBValidKey; value?: unknown }[]).map(({ key, value }) => {
				const text = field === undefined || typeof value !== 'object' || value === null ? undefined : (value as Record<string, unknown>)[field];
				return { key, value: typeof text === 'string' ? { ...(value as object), [field!]: encoder.encode(text) } : value };
			});
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
		{ name: store, json: JSON.stringify(records), field: bytesField },
	);
}

/** The log's pages, each with its reviews as text. */
export function readLogPages(page: Page): Promise<StoredRecord[]> {
	return readStore(page, 'logPages', 'reviews');
}

/** Puts log pages given with their reviews as text, stored as the trainer stores them (UTF-8 bytes). */
export function writeLogPages(page: Page, records: StoredRecord[]): Promise<void> {
	return writeStore(page, 'logPages', records, 'reviews');
}

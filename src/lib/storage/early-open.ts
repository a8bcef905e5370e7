/**
 * The trainer page opens its database and starts reading every card bucket
 * from a small inline script at the top of its head (placed by
 * src/integrations/trainer-head.ts), while the page is still being
 * parsed and the trainer's code loads: measured in headless Chromium at
 * 10,000 cards, opening took 50–120 ms and reading the buckets 100–180 ms,
 * all of it waited for after the code had loaded. The trainer then takes
 * the open connection and the buckets as read (unchecked: load.ts checks
 * them like any other read).
 *
 * The script only opens a database that already exists at the trainer's
 * version: creating or upgrading one stays with the trainer's own code
 * (database.ts), so an open that would need it is aborted, which leaves the
 * database as it was. In a frame it does nothing: there the trainer decides
 * whose storage to use (src/lib/embedding/storage-access.ts).
 */

/** The card buckets as stored (unchecked), with their bucket numbers in the same order. */
export interface EarlyCards {
	buckets: unknown[];
	numbers: unknown[];
}

export interface EarlyOpen {
	database: IDBDatabase;
	/** Undefined when the read failed: the trainer reads again. */
	cards: Promise<EarlyCards | undefined>;
}

/** Where the inline script leaves its promise for the trainer's code. */
export const EARLY_OPEN_GLOBAL = 'transferTrainerEarlyOpen';

/**
 * Opens `name` at `version` if it exists at that version and starts reading
 * `cardStore`. Serialized into the page with Function.prototype.toString, so
 * it refers to nothing outside itself.
 */
export function openEarly(name: string, version: number, cardStore: string): Promise<EarlyOpen | undefined> {
	return new Promise((resolve) => {
		let request: IDBOpenDBRequest;
		try {
			request = indexedDB.open(name, version);
		} catch {
			resolve(undefined);
			return;
		}
		request.onupgradeneeded = () => request.transaction?.abort();
		request.onerror = (event) => {
			event.preventDefault();
			resolve(undefined);
		};
		request.onsuccess = () => {
			const database = request.result;
			// Another tab upgrading the database must not wait for this connection.
			database.onversionchange = () => database.close();
			const cards = new Promise<EarlyCards | undefined>((done) => {
				try {
					const transaction = database.transaction(cardStore, 'readonly');
					const store = transaction.objectStore(cardStore);
					const buckets = store.getAll();
					const numbers = store.getAllKeys();
					transaction.oncomplete = () => done({ buckets: buckets.result, numbers: numbers.result });
					transaction.onabort = () => done(undefined);
				} catch {
					done(undefined);
				}
			});
			resolve({ database, cards });
		};
	});
}

/** The inline script: starts openEarly unless the page is framed, and leaves its promise under EARLY_OPEN_GLOBAL. */
export function earlyOpenScript(name: string, version: number, cardStore: string): string {
	const args = [name, version, cardStore].map((value) => JSON.stringify(value)).join(',');
	return `self.${EARLY_OPEN_GLOBAL}=self===top&&self.indexedDB?(${openEarly.toString()})(${args}):undefined;`;
}

/** The inline script's promise, once (a second caller opens the database itself). */
export function takeEarlyOpen(scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): Promise<EarlyOpen | undefined> {
	const early = scope[EARLY_OPEN_GLOBAL] as Promise<EarlyOpen | undefined> | undefined;
	scope[EARLY_OPEN_GLOBAL] = undefined;
	return early ?? Promise.resolve(undefined);
}

/**
 * A site moved off the shared store (store-name.ts) takes its learner's
 * progress along. Until each base path had a store of its own, every site
 * on an origin used `transfer-trainer`; the first time a site's own store
 * is opened, when it does not exist yet and the shared store holds
 * anything, the new store is created holding a copy of all of it (cards,
 * log, settings, the data set aside, the automatic backup), written in the
 * transaction that creates it, so it exists complete or not at all. The
 * shared store is only read: the site at the root still uses it, and every
 * other site on the origin takes a copy of its own.
 */
import type { StoreCopy } from './backup-io';
import { closeConnection, DEFAULT_DB_NAME, openTrainerDatabase, type OpenOptions, type TrainerDatabase } from './database';
import { tracker } from './write';

export interface OwnDatabase {
	database: TrainerDatabase;
	/** This open created the database with a copy of the shared store: the learner is told, once. */
	copied: boolean;
}

/**
 * Opens the store `name` (`early`: as the page's inline script opened it), created with a copy of the shared store when
 * it did not exist yet; `blocked`: either open waits for another tab (database.ts).
 */
export async function openOwnDatabase(name: string, factory: IDBFactory = indexedDB, { early, blocked }: Pick<OpenOptions, 'early' | 'blocked'> = {}): Promise<OwnDatabase> {
	if (early || name === DEFAULT_DB_NAME || (await exists(name, factory))) return { database: await openTrainerDatabase(name, factory, { early, blocked }), copied: false };
	const copy = await sharedCopy(factory, blocked);
	if (!copy) return { database: await openTrainerDatabase(name, factory, { blocked }), copied: false };
	// Loaded before the open: the transaction that creates the store may wait for nothing but its own requests.
	const { writeCopy } = await import('./backup-io');
	let copied = false;
	// A second tab that got here too finds the database created (and filled) by the first: it opens it as it is.
	const database = await openTrainerDatabase(name, factory, {
		blocked,
		fill: async (transaction) => {
			const { track, tracked } = tracker();
			writeCopy(transaction as unknown as Parameters<typeof writeCopy>[0], track, copy);
			await tracked();
			copied = true;
		},
	});
	return { database, copied };
}

/**
 * The shared store's content; undefined when there is none. Read on a
 * connection of its own, at this version: an older shared store is
 * upgraded first, as the site at the root would upgrade it.
 */
async function sharedCopy(factory: IDBFactory, blocked: OpenOptions['blocked']): Promise<StoreCopy | undefined> {
	if (!(await exists(DEFAULT_DB_NAME, factory))) return undefined;
	const [{ readCopy }, shared] = await Promise.all([import('./backup-io'), openTrainerDatabase(DEFAULT_DB_NAME, factory, { blocked })]);
	try {
		return await readCopy(shared, new Date());
	} finally {
		closeConnection(shared);
	}
}

/** Whether the database `name` exists, found without creating it: an open that would create it is aborted, which leaves none. */
function exists(name: string, factory: IDBFactory): Promise<boolean> {
	return new Promise((resolve, reject) => {
		const request = factory.open(name);
		request.onupgradeneeded = () => request.transaction?.abort();
		request.onsuccess = () => {
			request.result.close();
			resolve(true);
		};
		request.onerror = (event) => {
			event.preventDefault();
			if (request.error?.name === 'AbortError') resolve(false);
			else reject(request.error ?? new Error(`${name} could not be opened`));
		};
	});
}

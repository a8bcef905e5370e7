/**
 * Readwrite transactions that either commit completely or leave nothing
 * behind, with "disk full" turned into a StorageFullError.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { TrainerSchema, TrainerDatabase } from './database';
import { StorageFullError } from './errors';

type Stores = StoreNames<TrainerSchema>[];
export type WriteTransaction<S extends Stores> = IDBPTransaction<TrainerSchema, S, 'readwrite'>;

/** The stores of a write that may meet damaged data and set it aside: cards, the whole log, settings and the set-aside store. */
export const DATA_STORES = ['cardBuckets', 'logPages', 'logBefores', 'logTail', 'settings', 'quarantine'] as const;
export type DataTransaction = WriteTransaction<(typeof DATA_STORES)[number][]>;
/** Registers a request so that its failure fails the write (and is never left unhandled). */
export type Track = <T>(request: Promise<T>) => Promise<T>;

/** Browsers report a full disk as a QuotaExceededError, from the request, the transaction, or as a cause. */
export function isQuotaError(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) return false;
	if ((error as { name?: unknown }).name === 'QuotaExceededError') return true;
	return 'cause' in error && error.cause !== error && isQuotaError(error.cause);
}

/** A Track, and a promise of every request it has registered so far: rejected when one of them fails. */
export function tracker(): { track: Track; tracked(): Promise<unknown> } {
	const pending: Promise<unknown>[] = [];
	const track: Track = (request) => {
		request.catch(() => undefined);
		pending.push(request);
		return request;
	};
	return { track, tracked: () => Promise.all(pending) };
}

/** Aborts a transaction that may have finished or aborted already. */
export function abortQuietly(transaction: { abort(): void }): void {
	try {
		transaction.abort();
	} catch {
		// Already finished or aborted: nothing was committed by this write either way.
	}
}

/**
 * Runs `body` in one readwrite transaction and resolves only once it has
 * committed. On any failure the transaction is aborted, so no half-written
 * state remains; a quota failure becomes a StorageFullError.
 */
export async function writeTransaction<S extends Stores, T>(
	database: TrainerDatabase,
	stores: S,
	body: (transaction: WriteTransaction<S>, track: Track) => Promise<T>,
): Promise<T> {
	const transaction = database.transaction(stores, 'readwrite');
	const { track, tracked } = tracker();
	try {
		const result = await body(transaction, track);
		// Every request is made once the body has resolved: committing now saves the round trip in which the
		// browser would otherwise wait for the page to make no further request. A commit that fails still aborts.
		transaction.commit();
		await Promise.all([tracked(), transaction.done]);
		return result;
	} catch (error) {
		abortQuietly(transaction);
		await transaction.done.catch(() => undefined);
		if (isQuotaError(error) || isQuotaError(transaction.error)) throw new StorageFullError({ cause: error });
		throw error;
	}
}

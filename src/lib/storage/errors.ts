/** The browser refused to store more (quota exceeded); the failed write left nothing behind. */
export class StorageFullError extends Error {
	constructor(options?: { cause?: unknown }) {
		super(
			'Browser storage is full: this answer was not saved and nothing was changed. Free some space (or export a backup) and try again.',
			options,
		);
		this.name = 'StorageFullError';
	}
}

/**
 * Why this page's build can no longer use the stored progress:
 * - `newer`: a newer build has upgraded the database, so this build cannot open it;
 * - `upgraded`: a newer build (in another tab) upgraded it while this page had it open;
 * - `deleted`: another tab, or the browser, deleted it while this page had it open.
 */
export type StorageChange = 'newer' | 'upgraded' | 'deleted';

const CHANGE_MESSAGES: Record<StorageChange, string> = {
	newer: 'The stored progress was saved by a newer version of this site: reload the page to get that version.',
	upgraded: 'A newer version of this site changed how the progress is stored: reload the page to go on.',
	deleted: 'The stored progress was deleted while this page was open: reload the page to go on with what is stored now.',
};

/** Every storage operation after the database changed under this page fails with this, and nothing is written. */
export class StorageChangedError extends Error {
	constructor(
		readonly change: StorageChange,
		options?: { cause?: unknown },
	) {
		super(CHANGE_MESSAGES[change], options);
		this.name = 'StorageChangedError';
	}
}

/** What closing a connection for an IndexedDB `versionchange` event means: `newVersion` is null when the database is being deleted. */
export function changeOfVersion(newVersion: number | null): StorageChange {
	return newVersion === null ? 'deleted' : 'upgraded';
}

/** What browsers say of a request on a connection closed under the page (Chromium, Safari: site data cleared, the storage process lost). */
export const CLOSED_CONNECTION = /connection is closing|connection.*(closed|lost)|server lost|deleted by request/i;

/** A request failed because the browser closed its connection (not the page: see database.ts). */
export function isClosedConnectionError(error: unknown): boolean {
	if (typeof DOMException === 'undefined' || !(error instanceof DOMException)) return false;
	return (error.name === 'InvalidStateError' || error.name === 'UnknownError') && CLOSED_CONNECTION.test(error.message);
}

/** `error` as the StorageChangedError it stands for when the connection was closed (`change`), else as it is. */
export function asChanged(error: unknown, change: StorageChange | undefined): unknown {
	return change ? new StorageChangedError(change, { cause: error }) : error;
}

/**
 * `target` (a store) with every method's failure turned into a
 * StorageChangedError once `changed` says (from what it knows, and the
 * error) the connection was closed under the page: the browser's own error
 * then ("The database connection is closing") says nothing a learner can act
 * on.
 */
export function failingAsChanged<T extends object>(target: T, changed: (error: unknown) => StorageChange | undefined): T {
	const failed = (error: unknown): never => {
		throw asChanged(error, changed(error));
	};
	return new Proxy(target, {
		get(object, key) {
			const value: unknown = Reflect.get(object, key, object);
			if (typeof value !== 'function') return value;
			return (...args: unknown[]) => {
				let result: unknown;
				try {
					result = value.apply(object, args);
				} catch (error) {
					return failed(error);
				}
				return result instanceof Promise ? result.catch(failed) : result;
			};
		},
	});
}

/** Refuses work another connection (a worker's) would do once the page's own was closed under it (`change`): it would meet a newer database, or create an empty one. */
export function refuseIfChanged(change: StorageChange | undefined): void {
	if (change) throw new StorageChangedError(change);
}

/** The i18n key (trainer.json) that tells the learner about one of these failures; undefined for any other error. */
export function storageErrorKey(error: unknown): string | undefined {
	if (error instanceof StorageFullError) return 'trainer.storage.full';
	if (error instanceof StorageChangedError) return `trainer.storage.${error.change}`;
	return undefined;
}

/**
 * A storage failure as plain data, to post from a worker to the page
 * (structured cloning keeps no Error subclass): a DOMException keeps its
 * name (`domName`), which the page's message is worded from.
 */
export interface StorageFailure {
	message: string;
	storageFull?: true;
	change?: StorageChange;
	domName?: string;
}

export function storageFailure(error: unknown): StorageFailure {
	const message = error instanceof Error ? error.message : String(error);
	if (error instanceof StorageFullError) return { message, storageFull: true };
	if (error instanceof StorageChangedError) return { message, change: error.change };
	if (typeof DOMException !== 'undefined' && error instanceof DOMException) return { message, domName: error.name };
	return { message };
}

/** The error a StorageFailure stood for, as the page rethrows it. */
export function storageFailureError(failure: StorageFailure): Error {
	if (failure.storageFull) return new StorageFullError();
	if (failure.change) return new StorageChangedError(failure.change);
	if (failure.domName) return new DOMException(failure.message, failure.domName);
	return new Error(failure.message);
}

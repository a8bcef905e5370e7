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

/** A StorageFullError, also one that crossed from a worker as a plain error of that name. */
export function isStorageFull(error: unknown): boolean {
	return error instanceof StorageFullError || (error instanceof Error && error.name === 'StorageFullError');
}

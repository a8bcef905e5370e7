/// <reference lib="webworker" />
/**
 * The backup import's module worker: reads, checks and stores backup files
 * (src/lib/backup/import-file.ts) off the page's thread, so a 50 MB file or
 * a million bad entries never freezes the page. One request at a time, each
 * on its own database connection, closed afterwards so it never blocks an
 * upgrade in another tab.
 */
import { describeAutoBackup, importBackupFile, restoreAutoBackup, type ImportOutcome, type ImportRequest, type ImportResponse, type ImportResult } from '../../lib/backup/import-file';
import { DEFAULT_DB_NAME, openTrainerDatabase } from '../../lib/storage/database';
import { StorageFullError } from '../../lib/storage/errors';
import { openTrainerStore } from '../../lib/storage/trainer-store';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The outcome, and the progress the page shows next if the import replaced it. */
async function withProgress(outcome: ImportOutcome | undefined, timeZone: string, now: Date): Promise<ImportResult> {
	if (outcome?.kind !== 'imported') return { outcome };
	const store = await openTrainerStore(DEFAULT_DB_NAME);
	try {
		return { outcome, progress: await store.load(now, timeZone) };
	} finally {
		store.close();
	}
}

async function answer(request: ImportRequest): Promise<ImportResponse> {
	try {
		const database = await openTrainerDatabase(DEFAULT_DB_NAME);
		try {
			const now = new Date();
			if (request.action === 'import') return { id: request.id, result: await withProgress(await importBackupFile(request.file, database, now), request.timeZone, now) };
			if (request.action === 'restore') return { id: request.id, result: await withProgress(await restoreAutoBackup(database, now), request.timeZone, now) };
			return { id: request.id, result: await describeAutoBackup(database) };
		} finally {
			database.close();
		}
	} catch (error) {
		return { id: request.id, failure: { message: error instanceof Error ? error.message : String(error), storageFull: error instanceof StorageFullError } };
	}
}

let queue = Promise.resolve();
scope.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
	queue = queue.then(async () => scope.postMessage(await answer(event.data)));
});

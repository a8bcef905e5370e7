/**
 * Importing a backup file into the trainer's database, start to finish:
 * the size is checked before the file is read, its shape before it is
 * parsed, every entry before anything is written. The trainer runs this in
 * a module worker (components/trainer/import-worker.ts): a 50 MB file takes
 * seconds to read, parse, check and store, and none of it may hold up the
 * page. The outcome is plain data, cheap to post back to the page.
 *
 * The one exception: in a frame on another site whose storage came through
 * the Storage Access API's handle, a worker opening the database by name
 * would reach the frame's partitioned storage, not the learner's, and an
 * import there would vanish on the next visit. The page then answers the
 * requests itself, on the handle's IndexedDB (`factory`).
 */
import { AUTOBACKUP_KEY, closeConnection, closedConnection, openTrainerDatabase, type TrainerDatabase } from '../storage/database';
import { asChanged, storageFailure, type StorageFailure } from '../storage/errors';
import { openTrainerStore } from '../storage/trainer-store';
import type { LoadResult } from '../storage/types';
import { deleteAutoBackup, storedAutoBackup, storedAutoBackups } from '../storage/auto-backup-store';
import { importBackup } from '../storage/backup-io';
import { isInstant } from '../srs/guards';
import { newestReviewTime } from '../srs/review-times';
import { listOrder, ReplacesAnswersError, type LackingAnswers } from './auto-backups';
import { checkBackupSize, readBackupJson } from './parse';
import { BackupError, type BackupProblem } from './problems';
import type { ImportReport } from './types';

export type ImportOutcome =
	| { kind: 'imported'; report: ImportReport }
	/** Nothing was changed: at most MAX_LISTED_PROBLEMS problems, and how many there were. */
	| { kind: 'refused'; problems: readonly BackupProblem[]; count: number }
	/** Nothing was changed: the progress holds answers (or damaged data kept aside) the data lacks, which the learner has to agree to replace (sent again as `confirmed`). */
	| { kind: 'confirm'; lacking: LackingAnswers };

/**
 * An automatic backup kept, under its key: what it holds (`setAside`, the
 * entries of damaged data kept aside in it, only when there are any), or
 * `damaged` when one is stored that cannot be read (the next import sets it aside).
 */
export type AutoBackupSummary = { key: string } & ({ exportedAt: string; cards: number; reviews: number; setAside?: number } | { damaged: true });

/**
 * What the page asks the import worker; `timeZone` is the learner's, for loading the imported progress; `confirmed`,
 * what the learner agreed to replace; `key`, an automatic backup's (AutoBackupSummary).
 */
export type ImportAction =
	| { action: 'import'; file: Blob; timeZone: string; confirmed?: LackingAnswers | undefined }
	| { action: 'restore'; key: string; timeZone: string; confirmed?: LackingAnswers | undefined }
	| { action: 'describe' }
	| { action: 'delete'; key: string };
/** `database`: the page's store (src/lib/storage/store-name.ts), which the worker opens by name. */
export type ImportRequest = { id: number; database: string } & ImportAction;

/**
 * What an import or restore did (`outcome` undefined: there was no automatic
 * backup to restore) and, when it replaced the progress, that progress as
 * the store loads it: loading 10,000 cards takes a worker 100 ms or more
 * that the page need not spend.
 */
export interface ImportResult {
	outcome: ImportOutcome | undefined;
	progress?: LoadResult | undefined;
}

/** The worker's answer: `result` for 'import' and 'restore' (ImportResult), 'describe' (AutoBackupSummary[]) and 'delete' (undefined). */
export type ImportResponse = { id: number } & (
	| { result: ImportResult | AutoBackupSummary[] | undefined }
	/** The database failed (the disk is full, another tab upgraded or deleted it, ...); nothing was changed. */
	| { failure: StorageFailure }
);

async function outcomeOf(importing: () => Promise<ImportReport>): Promise<ImportOutcome> {
	try {
		return { kind: 'imported', report: await importing() };
	} catch (error) {
		if (error instanceof BackupError) return { kind: 'refused', problems: error.problems, count: error.count };
		if (error instanceof ReplacesAnswersError) return { kind: 'confirm', lacking: error.lacking };
		throw error;
	}
}

/**
 * Imports a backup file; a file that is not a valid backup changes nothing, nor does one lacking answers the
 * progress holds unless `confirmed` names them. Storage failures are thrown.
 */
export function importBackupFile(file: Blob, database: TrainerDatabase, now: Date, confirmed?: LackingAnswers): Promise<ImportOutcome> {
	return outcomeOf(async () => {
		checkBackupSize(file.size);
		return importBackup(database, readBackupJson(await file.text()), now, { confirmed });
	});
}

/**
 * Imports the automatic backup stored under `key` (undefined if there is
 * none). It holds the progress this store held, every time in it one the
 * store accepted: it was made no earlier than the newest of them, whatever
 * its `exportedAt` says (older versions of the site wrote the clock's time
 * there even when answers in it were given while the clock was ahead).
 */
export async function restoreAutoBackup(database: TrainerDatabase, now: Date, key = AUTOBACKUP_KEY, confirmed?: LackingAnswers): Promise<ImportOutcome | undefined> {
	const stored = await storedAutoBackup(database, key);
	if (!stored) return undefined;
	const { text, backup } = stored;
	const entries = [backup.cards, backup.reviews].flatMap((list: unknown) => (Array.isArray(list) ? list : []));
	const madeAt = newestReviewTime(entries, isInstant(backup.exportedAt) ? backup.exportedAt : now.toISOString());
	return outcomeOf(() => importBackup(database, backup, now, { restoring: { key, text, madeAt }, confirmed }));
}

/** The automatic backups kept, in the order the backup panel lists them. */
export async function describeAutoBackups(database: TrainerDatabase): Promise<AutoBackupSummary[]> {
	const length = (list: unknown) => (Array.isArray(list) ? list.length : 0);
	const summaries = (await storedAutoBackups(database)).map(({ key, backup }): AutoBackupSummary & { exportedAt?: string } =>
		backup ? { key, exportedAt: backup.exportedAt, cards: length(backup.cards), reviews: length(backup.reviews), ...(length(backup.damaged) > 0 ? { setAside: length(backup.damaged) } : {}) } : { key, damaged: true },
	);
	return listOrder(summaries);
}

/** The outcome, and the progress the page shows next if the import replaced it. */
async function withProgress(outcome: ImportOutcome | undefined, timeZone: string, now: Date, database: string, factory: IDBFactory | undefined): Promise<ImportResult> {
	if (outcome?.kind !== 'imported') return { outcome };
	const store = await openTrainerStore(database, factory);
	try {
		return { outcome, progress: await store.load(now, timeZone) };
	} finally {
		store.close();
	}
}

/**
 * Answers one request on a connection of its own, closed afterwards so it
 * never blocks an upgrade in another tab; `factory` is the IndexedDB the
 * learner's progress lives in (the browser's own unless given).
 */
export async function answerImport(request: ImportRequest, factory?: IDBFactory): Promise<ImportResponse> {
	try {
		const database = await openTrainerDatabase(request.database, factory);
		try {
			const now = new Date();
			if (request.action === 'import') return { id: request.id, result: await withProgress(await importBackupFile(request.file, database, now, request.confirmed), request.timeZone, now, request.database, factory) };
			if (request.action === 'restore') return { id: request.id, result: await withProgress(await restoreAutoBackup(database, now, request.key, request.confirmed), request.timeZone, now, request.database, factory) };
			if (request.action === 'delete') {
				await deleteAutoBackup(database, request.key);
				return { id: request.id, result: undefined };
			}
			return { id: request.id, result: await describeAutoBackups(database) };
		} catch (error) {
			throw asChanged(error, closedConnection(database, error));
		} finally {
			closeConnection(database);
		}
	} catch (error) {
		return { id: request.id, failure: storageFailure(error) };
	}
}

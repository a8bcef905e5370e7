import type { LackingAnswers } from '../../lib/backup/auto-backups';
import { answerImport, type AutoBackupSummary, type ImportAction, type ImportRequest, type ImportResponse, type ImportResult } from '../../lib/backup/import-file';
import { refuseIfChanged, storageFailureError, type StorageChange } from '../../lib/storage/errors';

/**
 * The page's side of the import worker (import-worker.ts), started on first
 * use. Requests are answered in order; if the worker dies (it could not
 * load, or ran out of memory), every open request fails and the next one
 * starts a fresh worker. With `handleStorage` (the Storage Access API's
 * IndexedDB, in a frame on another site), the page answers them itself on
 * that storage, which a worker cannot reach (see import-file.ts). Once
 * another tab has upgraded or deleted the database under the page
 * (`closedBy`, the page's store's), every request fails as the store's calls
 * do.
 */
export class ImportClient {
	#worker: Worker | undefined;
	#nextId = 0;
	readonly #pending = new Map<number, { resolve(result: unknown): void; reject(error: Error): void }>();
	#inPage = Promise.resolve();

	constructor(
		/** The page's store (src/lib/storage/store-name.ts), which the worker opens by name. */
		private readonly database: string,
		private readonly closedBy: () => StorageChange | undefined,
		private readonly handleStorage?: IDBFactory,
	) {}

	/** Imports a file; `confirmed`: the answers the learner agreed to replace (an outcome of kind 'confirm' named them). */
	importFile(file: File, timeZone: string, confirmed?: LackingAnswers): Promise<ImportResult> {
		return this.#send({ action: 'import', file, timeZone, confirmed }) as Promise<ImportResult>;
	}

	/** Imports the automatic backup under `key` (no outcome if there is none). */
	restore(key: string, timeZone: string, confirmed?: LackingAnswers): Promise<ImportResult> {
		return this.#send({ action: 'restore', key, timeZone, confirmed }) as Promise<ImportResult>;
	}

	describeAutoBackups(): Promise<AutoBackupSummary[]> {
		return this.#send({ action: 'describe' }) as Promise<AutoBackupSummary[]>;
	}

	async deleteAutoBackup(key: string): Promise<void> {
		await this.#send({ action: 'delete', key });
	}

	#send(action: ImportAction): Promise<unknown> {
		const id = this.#nextId++;
		return new Promise((resolve, reject) => {
			refuseIfChanged(this.closedBy());
			this.#pending.set(id, { resolve, reject });
			const request: ImportRequest = { ...action, id, database: this.database };
			const factory = this.handleStorage;
			if (factory) this.#inPage = this.#inPage.then(async () => this.#settle(await answerImport(request, factory)));
			else this.#started().postMessage(request);
		});
	}

	#settle(response: ImportResponse): void {
		const pending = this.#pending.get(response.id);
		this.#pending.delete(response.id);
		if (!pending) return;
		if ('result' in response) pending.resolve(response.result);
		else pending.reject(storageFailureError(response.failure));
	}

	#started(): Worker {
		if (this.#worker) return this.#worker;
		const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'transfer-trainer-import' });
		worker.addEventListener('message', (event: MessageEvent<ImportResponse>) => this.#settle(event.data));
		worker.addEventListener('error', (event) => {
			event.preventDefault();
			this.#worker = undefined;
			worker.terminate();
			const error = new Error(event.message || 'the import worker stopped');
			for (const pending of this.#pending.values()) pending.reject(error);
			this.#pending.clear();
		});
		this.#worker = worker;
		return worker;
	}
}

/**
 * The review log as stored: pages (review-log.ts) whose `befores` text lives
 * in its own store under the page number, so that an export, which needs
 * only the reviews, reads a third less; and the tail of newest answers, one
 * record each, in commit order (log-writes.ts).
 */
import type { LogPage } from './review-log';

export type StoredPage = Omit<LogPage, 'befores'>;

/** The parts of the logPages object store (of any transaction) used here. */
interface PageStore {
	get(seq: number): Promise<unknown>;
	getAll(): Promise<unknown[]>;
	getAllKeys(): Promise<number[]>;
	index(name: 'maxAt'): { getAll(query: IDBKeyRange): Promise<unknown[]> };
	openCursor(query: null, direction: 'prev'): Promise<{ value: unknown; key: number } | null>;
}

/** The parts of the logBefores object store used here. */
interface BeforeStore {
	get(seq: number): Promise<unknown>;
	getAll(): Promise<unknown[]>;
	getAllKeys(): Promise<number[]>;
}

interface WritablePageStore {
	put(page: StoredPage): Promise<unknown>;
	delete(seq: number): Promise<unknown>;
}

interface WritableBeforeStore {
	put(befores: string, seq: number): Promise<unknown>;
	delete(seq: number): Promise<unknown>;
}

/** The parts of the logTail object store used here. */
interface TailStore {
	getAll(): Promise<unknown[]>;
	getAllKeys(): Promise<number[]>;
	count(): Promise<number>;
	get(key: number): Promise<unknown>;
	add(review: unknown): Promise<unknown>;
	delete(key: number): Promise<unknown>;
}

export interface LogStores {
	pages: PageStore;
	befores: BeforeStore;
	tail: TailStore;
}

/** The tail's entries (still to be validated) with their keys, oldest first. */
export async function readTail(stores: Pick<LogStores, 'tail'>): Promise<{ values: unknown[]; keys: number[] }> {
	const [values, keys] = await Promise.all([stores.tail.getAll(), stores.tail.getAllKeys()]);
	return { values, keys };
}

/** The log's stores in a transaction that includes all three. */
export function logStores<S extends { objectStore(name: 'logPages' | 'logBefores' | 'logTail'): unknown }>(transaction: S) {
	return {
		pages: transaction.objectStore('logPages') as PageStore & WritablePageStore,
		befores: transaction.objectStore('logBefores') as BeforeStore & WritableBeforeStore,
		tail: transaction.objectStore('logTail') as TailStore,
	};
}

/** Pages are stored under their `seq` field (the store's key path). */
export function seqOf(page: unknown): number {
	return typeof page === 'object' && page !== null ? Number((page as LogPage).seq) : Number.NaN;
}

function withBefores(page: unknown, befores: unknown): unknown {
	return typeof page === 'object' && page !== null ? { ...page, befores } : page;
}

/** Pages (with their befores) that may hold reviews with fromIso <= reviewedAt < toIso, in log order. */
export async function pagesBetween(stores: LogStores, fromIso: string | undefined, toIso: string | undefined): Promise<unknown[]> {
	if (fromIso === undefined) {
		const [pages, befores, beforeSeqs] = await Promise.all([stores.pages.getAll(), stores.befores.getAll(), stores.befores.getAllKeys()]);
		const beforesBySeq = new Map(beforeSeqs.map((seq, index) => [seq, befores[index]]));
		return pages
			.filter((page) => toIso === undefined || minAtOf(page) < toIso)
			.map((page) => withBefores(page, beforesBySeq.get(seqOf(page))));
	}
	const candidates = await stores.pages.index('maxAt').getAll(IDBKeyRange.lowerBound(fromIso));
	const pages = candidates.filter((page) => toIso === undefined || minAtOf(page) < toIso).sort((a, b) => seqOf(a) - seqOf(b));
	const befores = await Promise.all(pages.map((page) => stores.befores.get(seqOf(page))));
	return pages.map((page, index) => withBefores(page, befores[index]));
}

function minAtOf(page: unknown): string {
	return typeof page === 'object' && page !== null ? String((page as LogPage).minAt) : '';
}

/** The last page (the one the next answer is appended to), with its befores. */
export async function lastPage(stores: LogStores): Promise<{ page: unknown; seq: number } | undefined> {
	const cursor = await stores.pages.openCursor(null, 'prev');
	if (!cursor) return undefined;
	return { page: withBefores(cursor.value, await stores.befores.get(cursor.key)), seq: cursor.key };
}

export function writePage(
	stores: { pages: WritablePageStore; befores: WritableBeforeStore },
	{ befores, ...page }: LogPage,
	track: <T>(request: Promise<T>) => Promise<T>,
): void {
	track(stores.pages.put(page));
	track(stores.befores.put(befores, page.seq));
}

export function deletePage(
	stores: { pages: WritablePageStore; befores: WritableBeforeStore },
	seq: number,
	track: <T>(request: Promise<T>) => Promise<T>,
): void {
	track(stores.pages.delete(seq));
	track(stores.befores.delete(seq));
}

/**
 * Shared set-up for the store's tests (Node + fake-indexeddb): unique
 * database names, raw access for corrupting records, and cleanup.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach } from 'vitest';
import { ReplacesAnswersError } from '../backup/auto-backups';
import type { ImportReport } from '../backup/types';
import { makeSyntheticHistory } from '../srs/synthetic-history';
import { bucketOf, bucketValue } from './card-buckets';
import type { StoredPage } from './log-reads';
import { openTrainerStore } from './trainer-store';
import type { TrainerStore } from './types';
import { textOf, utf8 } from './utf8';

let databaseCount = 0;
const opened: TrainerStore[] = [];

afterEach(() => {
	for (const store of opened.splice(0)) store.close();
});

/** A fresh database name per test, so tests never see each other's data. */
export function freshName(): string {
	databaseCount += 1;
	return `trainer-test-${databaseCount}`;
}

/** Opens a store that is closed after the test. */
export async function openStore(name: string): Promise<TrainerStore> {
	const store = await openTrainerStore(name);
	opened.push(store);
	return store;
}

/** Writes a value straight into a store, bypassing validation, as a damaged disk or old version might. */
export async function writeRaw(name: string, store: string, value: unknown, key?: IDBValidKey): Promise<void> {
	const database = await openDB(name);
	await database.put(store, value, key);
	database.close();
}

/**
 * Writes a card entry straight into its bucket (replacing the entry with the
 * same key) under a matching checksum, bypassing validation: what an older
 * version or a bug could have written.
 */
export async function writeRawCard(name: string, entry: { key: string } & Record<string, unknown>): Promise<void> {
	const database = await openDB(name);
	const bucket = bucketOf(entry.key);
	const stored = (await database.get('cardBuckets', bucket)) as { cards?: string } | undefined;
	const others = (stored?.cards ? (JSON.parse(stored.cards) as { key?: unknown }[]) : []).filter((other) => other.key !== entry.key);
	await database.put('cardBuckets', bucketValue([...others, entry]), bucket);
	database.close();
}

/** Changes a stored value in place, as a damaged disk or a hand edit in the browser's tools would (checksums are left as they were). */
export async function editRaw(name: string, store: string, key: IDBValidKey, edit: (value: unknown) => unknown): Promise<void> {
	const database = await openDB(name);
	const transaction = database.transaction(store, 'readwrite');
	const edited = edit(await transaction.store.get(key));
	await (transaction.store.keyPath === null ? transaction.store.put(edited, key) : transaction.store.put(edited));
	await transaction.done;
	database.close();
}

/** Imports `data` over whatever the store holds, agreeing to replace the answers it lacks, as the learner does when asked. */
export async function importReplacing(store: TrainerStore, data: unknown): Promise<ImportReport> {
	try {
		return await store.importBackup(data);
	} catch (error) {
		if (error instanceof ReplacesAnswersError) return store.importBackup(data, error.lacking);
		throw error;
	}
}

/** A store holding five answers to three cards, all on one log page, and that page as stored. */
export async function storeWithOnePage(): Promise<{ name: string; store: TrainerStore; page: StoredPage }> {
	const name = freshName();
	const store = await openStore(name);
	await store.importBackup(makeSyntheticHistory(3, 5, 1, now));
	const [page] = (await readAllRaw(name, 'logPages')) as StoredPage[];
	return { name, store, page: page! };
}

/** A stored log page with its review text (stored as UTF-8 bytes) changed by `edit`, its checksums left as they were. */
export function withReviewText(page: StoredPage, edit: (text: string) => string): StoredPage {
	return { ...page, reviews: utf8(edit(textOf(page.reviews))) };
}

export async function readAllRaw(name: string, store: string): Promise<unknown[]> {
	const database = await openDB(name);
	const values = await database.getAll(store);
	database.close();
	return values;
}

export const zone = 'Europe/Istanbul';
/** 15:00 in Istanbul. */
export const now = new Date('2025-03-10T12:00:00.000Z');

export function minutesLater(minutes: number, from: Date = now): Date {
	return new Date(from.getTime() + minutes * 60_000);
}

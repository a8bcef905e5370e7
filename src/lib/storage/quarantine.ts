/**
 * Corrupt records: values that fail validation are moved to the quarantine
 * store (kept, not deleted) and reported, so one bad record never stops the
 * rest from loading. The fast guards decide; zod explains why.
 */
import { jsonPath } from '../backup/parse';
import { isCardRecord, isReviewRecord } from '../srs/guards';
import { cardRecordSchema, reviewRecordSchema, settingsSchema } from '../srs/schema';
import type { CardRecord, ReviewRecord, Settings } from '../srs/types';
import { SETTINGS_KEY, type QuarantineEntry, type TrainerDatabase } from './database';
import { deletePage, seqOf, writePage } from './log-reads';
import { pageOf, readPage } from './review-log';
import type { CorruptRecord } from './types';
import { writeTransaction } from './write';

const schemas = { cards: cardRecordSchema, reviews: reviewRecordSchema, settings: settingsSchema };
type CheckedStore = keyof typeof schemas;

/** Why zod rejects a value, e.g. "due: not a date; reps: Too small". */
export function rejectionReason(store: CheckedStore, value: unknown): string {
	const result = schemas[store].safeParse(value);
	if (result.success) return 'valid';
	return result.error.issues.map((issue) => `${jsonPath(issue.path)}: ${issue.message}`).join('; ');
}

/** Stored settings if they are valid. */
export function checkedSettings(value: unknown): Settings | undefined {
	const parsed = settingsSchema.safeParse(value);
	return parsed.success ? parsed.data : undefined;
}

export function quarantineEntry(store: string, key: string, value: unknown, reason: string, now: Date): QuarantineEntry {
	return { store, key, reason, value, movedAt: now.toISOString() };
}

/** What was found broken while reading: cards and settings by key, log pages by number. */
export interface Damage {
	corrupted: CorruptRecord[];
	cardKeys: IDBValidKey[];
	settings: boolean;
	pages: number[];
}

export function noDamage(): Damage {
	return { corrupted: [], cardKeys: [], settings: false, pages: [] };
}

function keyOf(value: unknown): IDBValidKey | undefined {
	return typeof value === 'object' && value !== null ? ((value as { key?: IDBValidKey }).key ?? undefined) : undefined;
}

/** Valid cards; the others are noted in `damage`. Cards are stored under their own `key` field. */
export function checkCards(values: readonly unknown[], damage: Damage): Map<string, CardRecord> {
	const records = new Map<string, CardRecord>();
	for (const value of values) {
		if (isCardRecord(value)) records.set(value.key, value);
		else {
			const key = keyOf(value);
			if (key !== undefined) damage.cardKeys.push(key);
			damage.corrupted.push({ store: 'cards', key: String(key), reason: rejectionReason('cards', value) });
		}
	}
	return records;
}

/** The valid reviews on the given pages, in log order; unreadable pages and bad entries are noted. */
export function checkPages(pages: readonly unknown[], damage: Damage): ReviewRecord[] {
	const reviews: ReviewRecord[] = [];
	pages.forEach((page) => {
		const seq = seqOf(page);
		const read = readPage(page);
		if ('unreadable' in read) {
			damage.corrupted.push({ store: 'logPages', key: String(seq), reason: read.unreadable });
			damage.pages.push(seq);
			return;
		}
		let damaged = false;
		read.entries.forEach((entry, position) => {
			if (isReviewRecord(entry)) reviews.push(entry);
			else {
				damaged = true;
				damage.corrupted.push({ store: 'reviews', key: entryKey(entry, seq, position), reason: rejectionReason('reviews', entry) });
			}
		});
		if (damaged) damage.pages.push(seq);
	});
	return reviews;
}

function entryKey(entry: unknown, seq: number, position: number): string {
	const id = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
	return typeof id === 'string' ? id : `page ${seq} entry ${position}`;
}

/**
 * Moves what `damage` names to quarantine, re-checking inside the
 * transaction so a record another tab has just repaired is left alone.
 * Failing (e.g. a full disk) is not fatal: the damage is reported again next time.
 */
export async function quarantine(database: TrainerDatabase, damage: Damage, now: Date): Promise<void> {
	if (damage.cardKeys.length === 0 && !damage.settings && damage.pages.length === 0) return;
	try {
		await writeTransaction(database, ['cards', 'logPages', 'logBefores', 'settings', 'quarantine'], async (transaction, track) => {
			const log = { pages: transaction.objectStore('logPages'), befores: transaction.objectStore('logBefores') };
			const aside = (store: string, key: string, value: unknown, reason: string) =>
				track(transaction.objectStore('quarantine').add(quarantineEntry(store, key, value, reason, now)));
			for (const key of damage.cardKeys) {
				const current: unknown = await transaction.objectStore('cards').get(key as string);
				if (current === undefined || isCardRecord(current)) continue;
				aside('cards', String(key), current, rejectionReason('cards', current));
				track(transaction.objectStore('cards').delete(key as string));
			}
			if (damage.settings) {
				const current: unknown = await transaction.objectStore('settings').get(SETTINGS_KEY);
				if (current !== undefined && !checkedSettings(current)) {
					aside('settings', SETTINGS_KEY, current, rejectionReason('settings', current));
					track(transaction.objectStore('settings').delete(SETTINGS_KEY));
				}
			}
			for (const seq of damage.pages) {
				const [stored, befores] = await Promise.all([log.pages.get(seq), log.befores.get(seq)]);
				const page: unknown = stored === undefined ? undefined : { ...stored, befores };
				const read = readPage(page);
				if ('unreadable' in read) {
					if (page !== undefined) aside('logPages', String(seq), page, read.unreadable);
					deletePage(log, seq, track);
					continue;
				}
				const kept = read.entries.filter(isReviewRecord);
				read.entries.forEach((entry, position) => {
					if (!isReviewRecord(entry)) aside('reviews', entryKey(entry, seq, position), entry, rejectionReason('reviews', entry));
				});
				if (kept.length === read.entries.length) continue;
				if (kept.length > 0) writePage(log, pageOf(seq, kept), track);
				else deletePage(log, seq, track);
			}
		});
	} catch {
		// Left in place; the next read reports it again and retries.
	}
}

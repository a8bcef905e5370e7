/**
 * Corrupt records: values that fail validation are moved to the quarantine
 * store (kept, not deleted) and reported, so one bad record never stops the
 * rest from loading. The fast guards decide; zod (loaded on demand) explains why.
 */
import { isCardRecord, isReviewRecord, isSettings } from '../srs/guards';
import type { CardRecord, ReviewRecord, Settings } from '../srs/types';
import { bucketOf, bucketText, entryCardKey, readBucket } from './card-buckets';
import { SETTINGS_KEY, type QuarantineEntry, type TrainerDatabase } from './database';
import { rejectionReason, type CheckedStore } from './explain';
import { deletePage, logStores, seqOf, writePage } from './log-reads';
import { pageOf, readPage } from './review-log';
import type { CorruptRecord } from './types';
import { writeTransaction } from './write';

/** A broken value found while reading; `reason` is known already for unreadable log pages. */
interface Finding {
	store: CheckedStore | 'logPages';
	key: string;
	value: unknown;
	reason?: string | undefined;
}

/** What was found broken while reading: card buckets and log pages by number, settings. */
export interface Damage {
	findings: Finding[];
	cardBuckets: number[];
	settings: boolean;
	pages: number[];
	tailKeys: number[];
}

export function noDamage(): Damage {
	return { findings: [], cardBuckets: [], settings: false, pages: [], tailKeys: [] };
}

export function quarantineEntry(store: string, key: string, value: unknown, reason: string, now: Date): QuarantineEntry {
	return { store, key, reason, value, movedAt: now.toISOString() };
}

/** How a card entry is named in reports: its key, or its place when it has none. */
function cardEntryName(entry: unknown, bucket: number, position: number): string {
	return entryCardKey(entry) ?? `bucket ${bucket} entry ${position}`;
}

/** Valid cards by key from stored buckets (with their numbers); unreadable buckets and bad entries are noted in `damage`. */
export function checkCards(buckets: readonly unknown[], bucketNumbers: readonly number[], damage: Damage): Map<string, CardRecord> {
	const records = new Map<string, CardRecord>();
	buckets.forEach((stored, index) => {
		const bucket = bucketNumbers[index] ?? Number.NaN;
		const read = readBucket(stored);
		if ('unreadable' in read) {
			damage.cardBuckets.push(bucket);
			damage.findings.push({ store: 'cards', key: `bucket ${bucket}`, value: stored, reason: read.unreadable });
			return;
		}
		let damaged = false;
		read.entries.forEach((entry, position) => {
			if (isCardRecord(entry) && bucketOf(entry.key) === bucket) {
				records.set(entry.key, entry);
				return;
			}
			damaged = true;
			// A valid record in another card's bucket can only come from an edit behind the store's back.
			const reason = isCardRecord(entry) ? `stored in card bucket ${bucket}, not ${bucketOf(entry.key)}` : undefined;
			damage.findings.push({ store: 'cards', key: cardEntryName(entry, bucket, position), value: entry, reason });
		});
		if (damaged) damage.cardBuckets.push(bucket);
	});
	return records;
}

/** The stored settings if valid; otherwise noted in `damage`. */
export function checkSettings(value: unknown, damage: Damage): Settings | undefined {
	const settings = isSettings(value) ? value : undefined;
	if (value !== undefined && !settings) {
		damage.settings = true;
		damage.findings.push({ store: 'settings', key: SETTINGS_KEY, value });
	}
	return settings;
}

/** How a log entry is named in reports: its id, or its place when it has none. */
export function entryKey(entry: unknown, seq: number, position: number): string {
	const id = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
	return typeof id === 'string' ? id : `page ${seq} entry ${position}`;
}

/** The valid reviews on the given pages, in log order; unreadable pages and bad entries are noted. */
export function checkPages(pages: readonly unknown[], damage: Damage): ReviewRecord[] {
	const reviews: ReviewRecord[] = [];
	for (const page of pages) {
		const seq = seqOf(page);
		const read = readPage(page);
		if ('unreadable' in read) {
			damage.findings.push({ store: 'logPages', key: String(seq), value: page, reason: read.unreadable });
			damage.pages.push(seq);
			continue;
		}
		let damaged = false;
		read.entries.forEach((entry, position) => {
			if (isReviewRecord(entry)) reviews.push(entry);
			else {
				damaged = true;
				damage.findings.push({ store: 'reviews', key: entryKey(entry, seq, position), value: entry });
			}
		});
		if (damaged) damage.pages.push(seq);
	}
	return reviews;
}

/** The valid entries of the log's tail, oldest first; the others are noted. */
export function checkTail(values: readonly unknown[], keys: readonly number[], damage: Damage): ReviewRecord[] {
	const reviews: ReviewRecord[] = [];
	values.forEach((value, index) => {
		if (isReviewRecord(value)) reviews.push(value);
		else {
			const key = keys[index] ?? Number.NaN;
			damage.tailKeys.push(key);
			damage.findings.push({ store: 'reviews', key: `tail ${key}`, value });
		}
	});
	return reviews;
}

/** The findings with zod's reasons, as reported to the learner. */
async function explained(damage: Damage): Promise<CorruptRecord[]> {
	return Promise.all(
		damage.findings.map(async ({ store, key, value, reason }) => ({
			store,
			key,
			reason: reason ?? (store === 'logPages' ? 'unreadable' : await rejectionReason(store, value)),
		})),
	);
}

/**
 * Moves what `damage` names to quarantine and returns the report. Each value
 * is re-checked inside the transaction, so a record another tab has just
 * repaired is left alone. Failing to move (e.g. a full disk) is not fatal:
 * the damage is reported again next time.
 */
export async function setAside(database: TrainerDatabase, damage: Damage, now: Date): Promise<CorruptRecord[]> {
	if (damage.findings.length === 0) return [];
	const reports = await explained(damage);
	const reasonOf = (store: string, key: string) =>
		reports.find((report) => report.store === store && report.key === key)?.reason ?? 'did not pass validation';
	try {
		await writeTransaction(database, ['cardBuckets', 'logPages', 'logBefores', 'logTail', 'settings', 'quarantine'], async (transaction, track) => {
			const log = logStores(transaction);
			const aside = (store: string, key: string, value: unknown, reason: string) =>
				track(transaction.objectStore('quarantine').add(quarantineEntry(store, key, value, reason, now)));
			const buckets = transaction.objectStore('cardBuckets');
			for (const bucket of damage.cardBuckets) {
				const stored: unknown = await buckets.get(bucket);
				const read = stored === undefined ? { entries: [] } : readBucket(stored);
				if ('unreadable' in read) {
					aside('cards', `bucket ${bucket}`, stored, read.unreadable);
					track(buckets.delete(bucket));
					continue;
				}
				const belongs = (entry: unknown) => isCardRecord(entry) && bucketOf(entry.key) === bucket;
				const kept = read.entries.filter(belongs);
				if (kept.length === read.entries.length) continue;
				read.entries.forEach((entry, position) => {
					const name = cardEntryName(entry, bucket, position);
					if (!belongs(entry)) aside('cards', name, entry, reasonOf('cards', name));
				});
				track<unknown>(kept.length > 0 ? buckets.put(bucketText(kept), bucket) : buckets.delete(bucket));
			}
			if (damage.settings) {
				const current: unknown = await transaction.objectStore('settings').get(SETTINGS_KEY);
				if (current !== undefined && !isSettings(current)) {
					aside('settings', SETTINGS_KEY, current, reasonOf('settings', SETTINGS_KEY));
					track(transaction.objectStore('settings').delete(SETTINGS_KEY));
				}
			}
			for (const key of damage.tailKeys) {
				const current: unknown = await log.tail.get(key);
				if (current === undefined || isReviewRecord(current)) continue;
				aside('reviews', `tail ${key}`, current, reasonOf('reviews', `tail ${key}`));
				track(log.tail.delete(key));
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
					const key = entryKey(entry, seq, position);
					if (!isReviewRecord(entry)) aside('reviews', key, entry, reasonOf('reviews', key));
				});
				if (kept.length === read.entries.length) continue;
				if (kept.length > 0) writePage(log, pageOf(seq, kept), track);
				else deletePage(log, seq, track);
			}
		});
	} catch {
		// Left in place; the next read reports it again and retries.
	}
	return reports;
}

/**
 * The learner's choices about damaged data kept aside: list it, restore
 * what can still be read of an entry, or discard an entry for good. A
 * restore never replaces a card state that is newer than what it brings
 * back, and puts answers back where they were in the log (a set-aside page
 * leaves an empty page in its place) or, when that place is gone, after the
 * last page.
 */
import { ProblemList } from '../backup/problems';
import type { BackupReview } from '../backup/types';
import { clockAheadUntil } from '../srs/review-times';
import type { CardRecord, ReviewRecord } from '../srs/types';
import { checkBackupReview, checkCardRecord, type CheckOptions, type ReviewClock } from '../srs/valid-state';
import { openBucketOf } from './card-buckets';
import type { QuarantineEntry, TrainerDatabase } from './database';
import { pageReviews } from './damage';
import { logStores, pagesBetween, readTail, seqOf, writePage } from './log-reads';
import { latestStates, sameCardState } from './rebuild';
import { pageOf } from './review-log';
import { describeSetAside, kindOf, quarantineEntryOf, recordsText, salvageCards, salvageReviews } from './set-aside-items';
import { checkTailEntry } from './tail-entry';
import type { RestoreRefusal, RestoreReport, SetAsideItem } from './types';
import { DATA_STORES, writeTransaction, type DataTransaction, type Track } from './write';

/** The entries kept aside, oldest first, described; only the first `limit` are read, since a backup may bring thousands. */
export async function listSetAside(database: TrainerDatabase, limit?: number): Promise<SetAsideItem[]> {
	const transaction = database.transaction('quarantine', 'readonly');
	const [entries, ids] = await Promise.all([transaction.store.getAll(null, limit), transaction.store.getAllKeys(null, limit), transaction.done]);
	const listedAt = new Date().toISOString();
	return entries.map((entry, index) => describeSetAside(ids[index] ?? 0, quarantineEntryOf(entry, listedAt)));
}

export async function discardSetAside(database: TrainerDatabase, id: number): Promise<void> {
	await writeTransaction(database, ['quarantine'], async (transaction, track) => {
		track(transaction.objectStore('quarantine').delete(id));
	});
}

function parsesWhole(text: string): boolean {
	try {
		return Array.isArray(JSON.parse(text));
	} catch {
		return false;
	}
}

/** The log read whole (sound pages and tail only), split at page `seq`: the reviews before it and after it, in commit order. */
async function logAround(transaction: DataTransaction, seq: number) {
	const log = logStores(transaction);
	const [pages, tail] = await Promise.all([pagesBetween(log, undefined, undefined), readTail(log)]);
	const before: BackupReview[] = [];
	const after: BackupReview[] = [];
	for (const page of pages) {
		const checked = pageReviews(page);
		if ('reviews' in checked) (seqOf(page) < seq ? before : after).push(...checked.reviews);
	}
	for (const value of tail.values) {
		const checked = checkTailEntry(value);
		if ('review' in checked) after.push(checked.review);
	}
	const last = pages.at(-1);
	return { before, after, pages, lastSeq: last === undefined ? 0 : seqOf(last) };
}

/**
 * What an entry holds, judged by the rule every path that writes reviews
 * follows (srs/review-times.ts): no review time later than both when it was
 * set aside and now. One that is refuses the whole entry, which stays aside.
 */
function refusal<T extends { key: string }>(records: readonly T[], name: 'cards' | 'reviews', check: (value: unknown, options: CheckOptions) => boolean, clock: ReviewClock): RestoreRefusal | undefined {
	const problems = new ProblemList();
	records.forEach((record, index) => check(record, { clock, at: [name, index], sink: (problem) => problems.add({ ...problem, key: record.key }) }));
	return problems.count > 0 ? { refused: problems.listed, count: problems.count } : undefined;
}

/** What a restore put back, and the newest time in it when that is later than now (the clock was ahead when it was written). */
function restoreDone(reviews: number, cards: string[], complete: boolean, written: readonly (CardRecord | BackupReview)[], now: Date): RestoreReport {
	const ahead = clockAheadUntil(written, now);
	return { reviews, cards, complete, ...(ahead === undefined ? {} : { clockAheadUntil: ahead }) };
}

async function restoreReviews(transaction: DataTransaction, track: Track, entry: QuarantineEntry, now: Date): Promise<RestoreReport> {
	const text = recordsText(entry.store, entry.value);
	const salvaged = salvageReviews(text);
	const refused = refusal(salvaged, 'reviews', checkBackupReview, { now: now.toISOString(), madeAt: entry.movedAt });
	if (refused) return refused;
	const wanted = entry.store === 'logPages' ? Number(entry.key) : Number.NaN;
	const log = logStores(transaction);
	const placeholder = Number.isSafeInteger(wanted) ? await log.pages.get(wanted) : undefined;
	const own = (placeholder as { count?: unknown } | undefined)?.count === 0;
	const { before, after, lastSeq } = await logAround(transaction, own ? wanted : Number.POSITIVE_INFINITY);
	const seq = own ? wanted : lastSeq + 1;
	const present = new Set([...before, ...after].map((review) => review.id));
	const latest = latestStates(before);
	const restored: ReviewRecord[] = [];
	for (const review of salvaged) {
		if (present.has(review.id)) continue;
		present.add(review.id);
		restored.push({ ...review, before: latest.get(review.key) ?? null });
		latest.set(review.key, review.after);
	}
	if (restored.length > 0) writePage(log, pageOf(seq, restored), track);
	// Cards whose newest answer is now one of these take its state, unless theirs is newer.
	const keys = new Set(restored.map((review) => review.key));
	const cards: string[] = [];
	for (const [key, state] of latestStates([...before, ...restored, ...after], (candidate) => keys.has(candidate))) {
		const bucket = await openBucketOf(transaction.objectStore('cardBuckets'), key);
		if (bucket.record && (bucket.record.version > state.version || sameCardState(bucket.record, state))) continue;
		track(bucket.write(state));
		cards.push(key);
	}
	return restoreDone(restored.length, cards, parsesWhole(text) && salvaged.length === describeSetAside(0, entry).reviews, restored, now);
}

async function restoreCards(transaction: DataTransaction, track: Track, entry: QuarantineEntry, now: Date): Promise<RestoreReport> {
	const text = recordsText(entry.store, entry.value);
	const salvaged = salvageCards(text);
	const refused = refusal(salvaged, 'cards', checkCardRecord, { now: now.toISOString(), madeAt: entry.movedAt });
	if (refused) return refused;
	const written: CardRecord[] = [];
	for (const card of salvaged) {
		const bucket = await openBucketOf(transaction.objectStore('cardBuckets'), card.key);
		// A card that has a state now (rebuilt from the log, or answered since) keeps it.
		if (bucket.record) continue;
		track(bucket.write(card));
		written.push(card);
	}
	return restoreDone(0, written.map((card) => card.key), parsesWhole(text) && JSON.parse(text).length === salvaged.length, written, now);
}

/**
 * Restores one entry, or refuses it whole (it stays aside) when a review
 * time in it cannot be true; a damaged bucket on the way throws
 * DamagedBucketError (see bucket-repair.ts).
 */
export function restoreSetAside(database: TrainerDatabase, id: number, now: Date): Promise<RestoreReport> {
	return writeTransaction(database, [...DATA_STORES], async (transaction, track) => {
		const quarantine = transaction.objectStore('quarantine');
		const stored: unknown = await quarantine.get(id);
		if (stored === undefined) return { reviews: 0, cards: [], complete: false };
		const entry = quarantineEntryOf(stored, now.toISOString());
		const kind = kindOf(entry.store);
		if (kind === 'settings') return { reviews: 0, cards: [], complete: false };
		const restore = kind === 'cards' ? restoreCards : restoreReviews;
		const result = await restore(transaction, track, entry, now);
		if ('complete' in result && result.complete) track(quarantine.delete(id));
		return result;
	});
}

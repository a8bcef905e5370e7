/**
 * Export and import of everything the trainer stores. A backup is built as
 * JSON text straight from the stored log pages (a backup needs no `before`s),
 * whose checksums prove them unchanged since they were written, and only
 * validated reviews are ever written: no 100,000 objects to build, check and
 * serialize. Damaged data (kept aside, or found by the export itself) goes
 * into the file's `damaged` list as the raw data it is, and the export says
 * so; an export never moves anything. Import validates the whole file first,
 * then replaces everything in one transaction that also saves an automatic
 * backup (as text) of what it replaces: all or nothing.
 */
import { unwrap, type IDBPObjectStore } from 'idb';
import { toBackupReview, withBefore } from '../backup/review-chain';
import { answersLacking, confirmationCovers, earlierKey, holdings, replaceable, ReplacesAnswersError, setAsideLacking, type LackingAnswers } from '../backup/auto-backups';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupReview, type ImportReport } from '../backup/types';
import { isAnswer } from '../srs/card-changes';
import { isInstant, isSettings } from '../srs/guards';
import { clockAheadUntil, newestReviewTime } from '../srs/review-times';
import { DEFAULT_SETTINGS, type CardRecord, type ReviewRecord } from '../srs/types';
import { readAutoBackups } from './auto-backup-store';
import { bucketsOf, bucketValue, checkBucket, readAllBuckets } from './card-buckets';
import { textChecksum } from './checksum';
import { AUTOBACKUP_KEY, LAST_IMPORT_KEY, SETTINGS_KEY, type QuarantineEntry, type TrainerDatabase } from './database';
import { reviewIdsIn, SAME_ID } from './log-duplicates';
import { logStores, readTail, seqOf, writePage, type LogStores } from './log-reads';
import { changesIn } from './page-changes';
import { quarantineEntry } from './repair';
import { isLogPage, pagesOf, reviewsChecksumParts } from './review-log';
import { describeSetAside, quarantineEntryOf } from './set-aside-items';
import { checkTailEntry } from './tail-entry';
import type { ExportedBackup } from './types';
import { exactTextOf, textOf } from './utf8';
import { writeTransaction, type Track, type WriteTransaction } from './write';

/** A backup file as this store writes it: the backup, and the damaged data it carries as raw data. */
export type BackupWithDamage = Backup & { damaged?: QuarantineEntry[] };

/** Something stored, and what checking it found. */
interface Checked<T> {
	value: unknown;
	checked: T;
}

interface Snapshot {
	settings: unknown;
	/** Stored card buckets, checked, and their numbers. */
	cards: { values: Checked<ReturnType<typeof checkBucket>>[]; keys: unknown[] };
	/** Stored pages, without their befores, and each one's text when it is sound. */
	pages: Checked<SoundPage | undefined>[];
	tail: { values: unknown[]; keys: number[] };
	setAside: { values: QuarantineEntry[]; keys: number[] };
}

interface SnapshotStores {
	cards: IDBObjectStore;
	settings: { get(key: string): Promise<unknown> };
	log: Pick<LogStores, 'pages' | 'tail'>;
	quarantine: { getAll(): Promise<QuarantineEntry[]>; getAllKeys(): Promise<number[]> };
}

/**
 * Every page, one request each, checked as it arrives: the database answers
 * a transaction's requests one after another, so each page is hashed while
 * the next ones are still being read, not after the last.
 */
async function readPages(pages: LogStores['pages']): Promise<Checked<SoundPage | undefined>[]> {
	const seqs = await pages.getAllKeys();
	return Promise.all(
		seqs.map(async (seq) => {
			const value = await pages.get(seq);
			return { value, checked: isSoundPage(value) ? value : undefined };
		}),
	);
}

/** Every card bucket, checked as soon as all have arrived (while the pages are read). */
async function readCheckedBuckets(cards: IDBObjectStore): Promise<Snapshot['cards']> {
	const { buckets, numbers } = await readAllBuckets(cards);
	return {
		values: buckets.map((value, index) => {
			const bucket = numbers[index];
			return { value, checked: checkBucket(value, typeof bucket === 'number' ? bucket : Number.NaN) };
		}),
		keys: numbers,
	};
}

/** Reads everything a backup holds, inside the caller's transaction. */
async function readSnapshot({ cards, settings, log, quarantine }: SnapshotStores): Promise<Snapshot> {
	// The pages' numbers are asked for first, so that their reads queue right behind the buckets'.
	const [pages, storedSettings, checkedCards, tail, setAside, setAsideKeys] = await Promise.all([
		readPages(log.pages),
		settings.get(SETTINGS_KEY),
		readCheckedBuckets(cards),
		readTail(log),
		quarantine.getAll(),
		quarantine.getAllKeys(),
	]);
	return { settings: storedSettings, cards: checkedCards, pages, tail, setAside: { values: setAside, keys: setAsideKeys } };
}

const OPENING_BRACKET = 0x5b;

/** A page whose checksum holds: its text is valid reviews without being parsed. */
interface SoundPage {
	reviews: Uint8Array<ArrayBuffer>;
	count: number;
}

function isSoundPage(value: unknown): value is SoundPage {
	const page = { ...(value as object), befores: '' };
	return isLogPage(page) && page.reviews[0] === OPENING_BRACKET && textChecksum(...reviewsChecksumParts(page)) === page.checksum;
}

/**
 * Damaged data in the file as JSON: a page's review bytes as the text they
 * hold, or, when they are not UTF-8, as their byte values, so that nothing of
 * them is lost (set-aside-items.ts reads both).
 */
function rawJson(_key: string, value: unknown): unknown {
	return value instanceof Uint8Array ? (exactTextOf(value) ?? [...value]) : value;
}

/** A backup file's text from its parts. */
export function backupFileText(parts: ExportedBackup['parts']): string {
	return parts.map((part) => (typeof part === 'string' ? part : textOf(part))).join('');
}

function byKey(a: { key: string }, b: { key: string }): number {
	return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * Everything in a snapshot as backup JSON text, the log in the order it was
 * written, damaged data as raw data; and what it holds. The text comes in
 * pieces (each page's reviews as the UTF-8 bytes stored), so a download
 * never joins or encodes tens of megabytes of text.
 *
 * `exportedAt` is when the backup was made, which every review time in it is
 * judged against when it is imported (srs/review-times.ts): the export's
 * clock, or the newest time the backup holds when that is later (answers
 * given while the device's clock was ahead, entries set aside then), so that
 * nothing in the site's own backup is ever later than its making.
 */
function backupText(now: Date, snapshot: Snapshot): ExportedBackup & { exportedAt: string } {
	const found = (store: string, key: string, value: unknown, reason: string) => quarantineEntry(store, key, value, `${reason} (found by the export)`, now);
	const damaged: QuarantineEntry[] = [];
	const cards = snapshot.cards.values.flatMap(({ value, checked }, index) => {
		if ('records' in checked) return checked.records;
		damaged.push(found('cardBuckets', `bucket ${String(snapshot.cards.keys[index])}`, value, checked.damaged));
		return [];
	});
	let reviews = 0;
	let changes = 0;
	// Its import refuses a file in which one review id appears twice: each id's first answer goes into the reviews, any other into `damaged`.
	const ids = new Set<string>();
	const firstOfItsId = (review: BackupReview, store: string, key: string) => {
		if (!ids.has(review.id)) return ids.add(review.id);
		damaged.push(found(store, key, review, SAME_ID));
		return false;
	};
	const bodies = snapshot.pages.map(({ value, checked: sound }): string | Uint8Array<ArrayBuffer> => {
		if (!sound) {
			damaged.push(found('logPages', String(seqOf(value)), value, 'its checksum does not match'));
			return '';
		}
		const pageIds = reviewIdsIn(sound.reviews);
		if (pageIds.every((id) => !ids.has(id)) && new Set(pageIds).size === pageIds.length) {
			for (const id of pageIds) ids.add(id);
			reviews += sound.count;
			changes += changesIn(sound.reviews);
			return sound.reviews.subarray(1, -1);
		}
		const seq = seqOf(value);
		const kept = (JSON.parse(textOf(sound.reviews)) as BackupReview[]).filter((review, index) => firstOfItsId(review, 'logTail', `page ${seq} entry ${index + 1}`));
		reviews += kept.length;
		changes += kept.filter((review) => !isAnswer(review)).length;
		return JSON.stringify(kept).slice(1, -1);
	});
	const tail: ReviewRecord[] = [];
	snapshot.tail.values.forEach((value, index) => {
		const checked = checkTailEntry(value);
		const key = `tail ${snapshot.tail.keys[index]}`;
		if ('damaged' in checked) damaged.push(found('logTail', key, value, checked.damaged));
		else if (firstOfItsId(checked.review, 'logTail', key)) tail.push(checked.review);
	});
	reviews += tail.length;
	changes += tail.filter((review) => !isAnswer(review)).length;
	if (tail.length > 0) bodies.push(JSON.stringify(tail.map(toBackupReview)).slice(1, -1));
	const settingsSound = snapshot.settings === undefined || isSettings(snapshot.settings);
	if (!settingsSound) damaged.push(found('settings', SETTINGS_KEY, snapshot.settings, 'the stored settings are not valid'));
	const kept = [...snapshot.setAside.values, ...damaged];
	const exportedAt = madeAt(now, cards, snapshot.pages, tail, kept);
	const head = JSON.stringify({
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt,
		settings: isSettings(snapshot.settings) ? snapshot.settings : { ...DEFAULT_SETTINGS },
		// In key order, as they were when each card was a record of its own.
		cards: cards.sort(byKey),
	});
	const reviewParts = bodies.filter((body) => body.length > 0).flatMap((body, index) => (index === 0 ? [body] : [',', body]));
	return {
		parts: [head.slice(0, -1), ',"reviews":[', ...reviewParts, ']', kept.length > 0 ? `,"damaged":${JSON.stringify(kept, rawJson)}` : '', '}'],
		cards: cards.length,
		reviews,
		changes,
		damaged: kept.map((entry, index) => describeSetAside(snapshot.setAside.keys[index] ?? 0, quarantineEntryOf(entry, now.toISOString()))),
		exportedAt,
	};
}

/**
 * When a backup of these was made: now, or the newest time they hold when
 * that is later. A sound page is not parsed for it (an export never parses
 * one): its newest answer time (`maxAt`, under its checksum) stands for it.
 */
function madeAt(now: Date, cards: readonly CardRecord[], pages: Snapshot['pages'], tail: readonly ReviewRecord[], kept: readonly unknown[]): string {
	const pageTimes = pages.flatMap(({ value, checked }) => (checked && isInstant((value as { maxAt?: unknown }).maxAt) ? [{ reviewedAt: (value as { maxAt: string }).maxAt }] : []));
	// An entry kept aside may itself be damaged (null, a string): quarantineEntryOf reads any.
	const setAsideTimes = kept.map((entry) => ({ reviewedAt: quarantineEntryOf(entry, now.toISOString()).movedAt }));
	return newestReviewTime([cards, pageTimes, tail, setAsideTimes].flat(), now.toISOString());
}

function snapshotStores(transaction: Parameters<typeof logStores>[0] & { objectStore(name: 'cardBuckets' | 'settings' | 'quarantine'): unknown }): SnapshotStores {
	return {
		cards: unwrap(transaction.objectStore('cardBuckets') as IDBPObjectStore),
		settings: transaction.objectStore('settings') as SnapshotStores['settings'],
		log: logStores(transaction),
		quarantine: transaction.objectStore('quarantine') as SnapshotStores['quarantine'],
	};
}

/** Everything stored as a backup file; damaged data is carried as raw data and listed, never moved. */
export async function exportBackupText(database: TrainerDatabase, now: Date): Promise<ExportedBackup> {
	const transaction = database.transaction(['cardBuckets', 'logPages', 'logBefores', 'logTail', 'settings', 'quarantine'], 'readonly');
	const [snapshot] = await Promise.all([readSnapshot(snapshotStores(transaction)), transaction.done]);
	return backupText(now, snapshot);
}

export async function exportBackup(database: TrainerDatabase, now: Date): Promise<BackupWithDamage> {
	return JSON.parse(backupFileText((await exportBackupText(database, now)).parts)) as BackupWithDamage;
}

/**
 * A backup file's `damaged` list (damaged data from the store that exported
 * it; parseBackup has checked it is a list within its limit), kept whatever
 * each item holds: it is raw data by nature. Each was set aside before the
 * backup was made (`madeAt`): a later or unreadable time of setting aside is
 * that moment, which a restore then judges its answers against.
 */
function damagedSection(data: unknown, madeAt: string): QuarantineEntry[] {
	const section = (data as { damaged?: unknown[] }).damaged ?? [];
	return section.map((raw: unknown) => {
		const entry = quarantineEntryOf(raw, madeAt);
		return entry.movedAt > madeAt ? { ...entry, movedAt: madeAt } : entry;
	});
}

/**
 * The checksum of everything a snapshot holds as a backup, without the time
 * of the export: equal for the same progress read at any two moments.
 */
function progressChecksum(snapshot: Snapshot): string {
	return textChecksum(...backupText(new Date(0), snapshot).parts);
}

/** A backup checked whole, ready to be written: nothing is written until it is. */
interface CheckedBackup {
	backup: Backup;
	reviews: ReviewRecord[];
	damaged: QuarantineEntry[];
}

async function checkedBackup(data: unknown, now: Date, madeAt?: string): Promise<CheckedBackup> {
	// The parser loads only when a learner imports a file (or a store is copied).
	const { parseBackup } = await import('../backup/parse');
	const backup = parseBackup(data, now, madeAt);
	return { backup, reviews: withBefore(backup.reviews), damaged: damagedSection(data, madeAt ?? backup.exportedAt) };
}

/** Every store: an import replaces everything, and a copy fills everything. */
const ALL_STORES = ['cardBuckets', 'logPages', 'logBefores', 'logTail', 'settings', 'quarantine', 'autobackup'] as const;
type AllStoresTransaction = WriteTransaction<(typeof ALL_STORES)[number][]>;

/** Writes a checked backup's progress in place of everything the stores hold, inside the caller's transaction. */
function writeProgress(transaction: AllStoresTransaction, track: Track, { backup, reviews, damaged }: CheckedBackup): void {
	const log = logStores(transaction);
	const cards = transaction.objectStore('cardBuckets');
	for (const store of ['cardBuckets', 'logPages', 'logBefores', 'logTail', 'quarantine'] as const) track(transaction.objectStore(store).clear());
	for (const [bucket, entries] of bucketsOf(backup.cards)) track(cards.put(bucketValue(entries), bucket));
	for (const page of pagesOf(reviews)) writePage(log, page, track);
	for (const entry of damaged) track(transaction.objectStore('quarantine').add(entry));
	track(transaction.objectStore('settings').put(backup.settings, SETTINGS_KEY));
}

/** What an import is told besides the data. */
export interface ImportOptions {
	/** Restoring the automatic backup stored under `key` as `text`, made at `madeAt`. */
	restoring?: { key: string; text: string; madeAt: string };
	/** The answers the learner agreed to replace, as a ReplacesAnswersError named them. */
	confirmed?: LackingAnswers | undefined;
}

/**
 * Replaces everything stored with a backup (validated first), keeping what
 * it replaces as an automatic backup. When what is stored holds answers, or
 * damaged data kept aside, the backup lacks, nothing is replaced unless the
 * learner agreed to replace exactly those (`confirmed`; a
 * ReplacesAnswersError names them). The new
 * automatic backup replaces an earlier one only when it holds everything
 * the earlier one holds (answers, damaged data kept aside, settings, card
 * states without history); otherwise the earlier one is kept beside it
 * (backup/auto-backups.ts). One exception keeps the learner's own progress
 * safe: when what is stored is exactly what the previous import brought in,
 * unchanged since (a second click on Import, or a second tab importing
 * after the first), and the backup holds all of it, that adds nothing a
 * file does not hold, so no automatic backup is taken. Each import records
 * the checksum of what it wrote for the next one to compare, in the same
 * transaction; a restore of an automatic backup (`restoring`) swaps the
 * progress and that backup, so it clears that record instead of applying it.
 */
export async function importBackup(database: TrainerDatabase, data: unknown, now: Date, { restoring, confirmed }: ImportOptions = {}): Promise<ImportReport> {
	const checked = await checkedBackup(data, now, restoring?.madeAt);
	const { backup } = checked;
	const incoming = new Set(backup.reviews.map((review) => review.id));
	return writeTransaction(database, [...ALL_STORES], async (transaction, track) => {
		const autobackup = transaction.objectStore('autobackup');
		const [autoBackups, lastImport, snapshot] = await Promise.all([readAutoBackups(autobackup), autobackup.get(LAST_IMPORT_KEY), readSnapshot(snapshotStores(transaction))]);
		const current = backupText(now, snapshot);
		const currentBackup = JSON.parse(backupFileText(current.parts)) as BackupWithDamage;
		const lacking = answersLacking(currentBackup.reviews, incoming, setAsideLacking(currentBackup.damaged ?? [], checked.damaged));
		if (!confirmationCovers(lacking, confirmed)) throw new ReplacesAnswersError(lacking!);
		const newest = autoBackups.find((entry) => entry.key === AUTOBACKUP_KEY);
		const keepEarlier = !restoring && lacking === undefined && newest?.holds !== undefined && lastImport === progressChecksum(snapshot);
		// An automatic backup that cannot be read is damaged data like any other: kept aside, not overwritten unseen.
		const setAside = keepEarlier ? [] : autoBackups.filter((entry) => entry.holds === undefined);
		if (!keepEarlier) {
			const progressHolds = holdings(currentBackup);
			const keys = autoBackups.map((entry) => entry.key);
			for (const entry of autoBackups) {
				const restored = entry.key === restoring?.key && entry.value === restoring.text;
				if (restored || entry.holds === undefined || replaceable(entry.holds, progressHolds)) track(autobackup.delete(entry.key));
				else if (entry.key === AUTOBACKUP_KEY) {
					const key = earlierKey(keys);
					keys.push(key);
					track(autobackup.put(entry.value as string, key));
				}
			}
			track(autobackup.put(backupFileText(current.parts), AUTOBACKUP_KEY));
		}
		writeProgress(transaction, track, checked);
		for (const entry of setAside) {
			track(transaction.objectStore('quarantine').add(quarantineEntry('autobackup', entry.key, entry.value, 'the automatic backup is not JSON of a backup from this site', now)));
		}
		// What this import wrote, read back as the next import will read it (the requests above are answered first, in order).
		if (restoring) track(autobackup.delete(LAST_IMPORT_KEY));
		else track(autobackup.put(progressChecksum(await readSnapshot(snapshotStores(transaction))), LAST_IMPORT_KEY));
		const ahead = clockAheadUntil([...backup.cards, ...backup.reviews], now);
		return {
			cards: backup.cards.length,
			reviews: checked.reviews.length,
			autoBackupAt: keepEarlier ? newest!.exportedAt! : current.exportedAt,
			keptEarlier: keepEarlier,
			...(ahead === undefined ? {} : { clockAheadUntil: ahead }),
		};
	});
}

/**
 * Everything a store holds, for a copy into a new store (store-copy.ts): its
 * progress as its own backup, checked as an import checks a file; its
 * automatic backups and the last import's record as they are stored.
 */
export interface StoreCopy {
	progress: CheckedBackup;
	autoBackups: { key: string; value: unknown }[];
	lastImport: string | undefined;
}

/** Everything the store holds, read in one transaction; undefined when it holds nothing at all. */
export async function readCopy(database: TrainerDatabase, now: Date): Promise<StoreCopy | undefined> {
	const transaction = database.transaction([...ALL_STORES], 'readonly');
	const autobackup = transaction.objectStore('autobackup');
	const [snapshot, autoBackups, lastImport] = await Promise.all([readSnapshot(snapshotStores(transaction)), readAutoBackups(autobackup), autobackup.get(LAST_IMPORT_KEY), transaction.done]);
	const records = snapshot.cards.keys.length + snapshot.pages.length + snapshot.tail.keys.length + snapshot.setAside.keys.length;
	if (records === 0 && snapshot.settings === undefined && autoBackups.length === 0 && lastImport === undefined) return undefined;
	const data: unknown = JSON.parse(backupFileText(backupText(now, snapshot).parts));
	return { progress: await checkedBackup(data, now), autoBackups: autoBackups.map(({ key, value }) => ({ key, value })), lastImport };
}

/** Writes a copy into every store of a new database, inside the caller's transaction. */
export function writeCopy(transaction: AllStoresTransaction, track: Track, copy: StoreCopy): void {
	writeProgress(transaction, track, copy.progress);
	const autobackup = transaction.objectStore('autobackup');
	for (const { key, value } of copy.autoBackups) track(autobackup.put(value as string, key));
	if (copy.lastImport !== undefined) track(autobackup.put(copy.lastImport, LAST_IMPORT_KEY));
}

/**
 * Export and import of everything the trainer stores. A backup is built as
 * JSON text straight from the stored log pages (a backup needs no `before`s),
 * whose checksums prove them unchanged since they were written, and only
 * validated reviews are ever written: no 100,000 objects to build, check and
 * serialize. Import validates the whole file first, then replaces everything
 * in one transaction that also saves an automatic backup (as text) of what it
 * replaces: all or nothing.
 */
import { toBackupReview, withBefore } from '../backup/review-chain';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type ImportReport } from '../backup/types';
import { isBackupReview, isSettings } from '../srs/guards';
import { DEFAULT_SETTINGS, type ReviewRecord } from '../srs/types';
import { bucketsOf, bucketText } from './card-buckets';
import { AUTOBACKUP_KEY, SETTINGS_KEY, type TrainerDatabase } from './database';
import { logStores, readTail, seqOf, writePage, type LogStores, type StoredPage } from './log-reads';
import { checkCards, checkTail, entryKey, noDamage, setAside, type Damage } from './quarantine';
import { isLogPage, pagesOf, textChecksum } from './review-log';
import { writeTransaction } from './write';

interface Snapshot {
	settings: unknown;
	/** Stored card buckets and their numbers. */
	cards: { values: unknown[]; keys: number[] };
	/** Stored pages, without their befores. */
	pages: unknown[];
	tail: { values: unknown[]; keys: number[] };
}

interface SnapshotStores {
	cards: { getAll(): Promise<unknown[]>; getAllKeys(): Promise<number[]> };
	settings: { get(key: string): Promise<unknown> };
	log: Pick<LogStores, 'pages' | 'tail'>;
}

/** Reads everything a backup holds, inside the caller's transaction. */
async function readSnapshot({ cards, settings, log }: SnapshotStores): Promise<Snapshot> {
	const [storedSettings, buckets, bucketNumbers, pages, tail] = await Promise.all([
		settings.get(SETTINGS_KEY),
		cards.getAll(),
		cards.getAllKeys(),
		log.pages.getAll(),
		readTail(log),
	]);
	return { settings: storedSettings, cards: { values: buckets, keys: bucketNumbers }, pages, tail };
}

function isStoredPage(value: unknown): value is StoredPage {
	return isLogPage({ ...(value as object), befores: '' });
}

function parsedOrUndefined(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/** A page's reviews as backup JSON (without brackets); damaged entries are left out and noted. */
function pageBody(page: unknown, damage: Damage): string {
	if (isStoredPage(page) && page.reviews.startsWith('[') && textChecksum(page.reviews) === page.checksum) {
		return page.reviews.slice(1, -1);
	}
	const seq = seqOf(page);
	damage.pages.push(seq);
	const entries = isStoredPage(page) ? parsedOrUndefined(page.reviews) : undefined;
	if (!Array.isArray(entries)) {
		damage.findings.push({ store: 'logPages', key: String(seq), value: page, reason: 'unreadable review-log page' });
		return '';
	}
	entries.forEach((entry: unknown, position) => {
		if (!isBackupReview(entry)) damage.findings.push({ store: 'reviews', key: entryKey(entry, seq, position), value: entry });
	});
	return JSON.stringify(entries.filter(isBackupReview)).slice(1, -1);
}

/** Everything valid in a snapshot as backup JSON text, the log in the order it was written; damage is noted. */
function backupText(now: Date, snapshot: Snapshot, damage: Damage): string {
	const cards = checkCards(snapshot.cards.values, snapshot.cards.keys, damage);
	const tail = checkTail(snapshot.tail.values, snapshot.tail.keys, damage);
	const bodies = snapshot.pages.map((page) => pageBody(page, damage));
	if (tail.length > 0) bodies.push(JSON.stringify(tail.map(toBackupReview)).slice(1, -1));
	const head = JSON.stringify({
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: now.toISOString(),
		settings: isSettings(snapshot.settings) ? snapshot.settings : { ...DEFAULT_SETTINGS },
		// In key order, as they were when each card was a record of its own.
		cards: [...cards.values()].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)),
	});
	return `${head.slice(0, -1)},"reviews":[${bodies.filter((body) => body !== '').join(',')}]}`;
}

/** Everything stored as backup JSON text; damage is left out and moved to quarantine. */
export async function exportBackupText(database: TrainerDatabase, now: Date): Promise<string> {
	const transaction = database.transaction(['cardBuckets', 'logPages', 'logBefores', 'logTail', 'settings'], 'readonly');
	const stores = { cards: transaction.objectStore('cardBuckets'), settings: transaction.objectStore('settings'), log: logStores(transaction) };
	const [snapshot] = await Promise.all([readSnapshot(stores), transaction.done]);
	const damage = noDamage();
	const text = backupText(now, snapshot, damage);
	await setAside(database, damage, now);
	return text;
}

export async function exportBackup(database: TrainerDatabase, now: Date): Promise<Backup> {
	return JSON.parse(await exportBackupText(database, now)) as Backup;
}

export async function importBackup(database: TrainerDatabase, data: unknown, now: Date): Promise<ImportReport> {
	// The parser (and zod) load only when a learner imports a file.
	const { parseBackup } = await import('../backup/parse');
	const backup = parseBackup(data, now);
	const reviews: ReviewRecord[] = withBefore(backup.reviews);
	return writeTransaction(database, ['cardBuckets', 'logPages', 'logBefores', 'logTail', 'settings', 'autobackup'], async (transaction, track) => {
		const log = logStores(transaction);
		const cards = transaction.objectStore('cardBuckets');
		const settings = transaction.objectStore('settings');
		const replaced = backupText(now, await readSnapshot({ cards, settings, log }), noDamage());
		track(transaction.objectStore('autobackup').put(replaced, AUTOBACKUP_KEY));
		for (const store of ['cardBuckets', 'logPages', 'logBefores', 'logTail'] as const) track(transaction.objectStore(store).clear());
		for (const [bucket, entries] of bucketsOf(backup.cards)) track(cards.put(bucketText(entries), bucket));
		for (const page of pagesOf(reviews)) writePage(log, page, track);
		track(settings.put(backup.settings, SETTINGS_KEY));
		return { cards: backup.cards.length, reviews: reviews.length, autoBackupAt: now.toISOString() };
	});
}

/** The automatic backup taken by the last import, if any; importBackup validates it again on restore. */
export async function lastAutoBackup(database: TrainerDatabase): Promise<Backup | undefined> {
	const saved: unknown = await database.get('autobackup', AUTOBACKUP_KEY);
	const backup = typeof saved === 'string' ? (parsedOrUndefined(saved) as Partial<Backup> | undefined) : undefined;
	return backup?.format === BACKUP_FORMAT && backup.version === BACKUP_VERSION ? (backup as Backup) : undefined;
}

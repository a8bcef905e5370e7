/**
 * Export and import of everything the trainer stores. Import validates the
 * whole file first, then replaces everything in one transaction that also
 * saves an automatic backup of what it replaces: all or nothing.
 */
import { toBackupReview, withBefore } from '../backup/review-chain';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type ImportReport } from '../backup/types';
import { isSettings } from '../srs/guards';
import { DEFAULT_SETTINGS, type CardRecord, type ReviewRecord } from '../srs/types';
import { AUTOBACKUP_KEY, SETTINGS_KEY, type TrainerDatabase } from './database';
import { checkCards, checkPages, checkTail, noDamage, setAside, type Damage } from './quarantine';
import { logStores, pagesBetween, readTail, writePage, type StoredPage } from './log-reads';
import { isLogPage, pagesOf, textChecksum } from './review-log';
import { writeTransaction } from './write';

interface Snapshot {
	settings: unknown;
	cards: unknown[];
	pages: unknown[];
	tail: { values: unknown[]; keys: number[] };
}

function envelope(now: Date, settings: unknown, cards: readonly CardRecord[]): Omit<Backup, 'reviews'> {
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: now.toISOString(),
		settings: isSettings(settings) ? settings : { ...DEFAULT_SETTINGS },
		cards: [...cards],
	};
}

/** Everything valid in a snapshot, the log in the order it was written; damage is noted. */
function backupOf(now: Date, snapshot: Snapshot, damage: Damage): Backup {
	const cards = checkCards(snapshot.cards, damage);
	const reviews = [...checkPages(snapshot.pages, damage), ...checkTail(snapshot.tail.values, snapshot.tail.keys, damage)];
	return { ...envelope(now, snapshot.settings, [...cards.values()]), reviews: reviews.map(toBackupReview) };
}

/** Cards, settings and the log pages (with their befores unless `withBefores` is false). */
async function readSnapshot(database: TrainerDatabase, withBefores = true): Promise<Snapshot> {
	const transaction = database.transaction(['cards', 'logPages', 'logBefores', 'logTail', 'settings'], 'readonly');
	const log = logStores(transaction);
	const [cards, pages, tail, settings] = await Promise.all([
		transaction.objectStore('cards').getAll(),
		withBefores ? pagesBetween(log, undefined, undefined) : log.pages.getAll(),
		readTail(log),
		transaction.objectStore('settings').get(SETTINGS_KEY),
		transaction.done,
	]);
	return { cards, pages, tail, settings };
}

/** Everything stored; corrupt records are left out and moved to quarantine. */
export async function exportBackup(database: TrainerDatabase, now: Date): Promise<Backup> {
	const damage = noDamage();
	const backup = backupOf(now, await readSnapshot(database), damage);
	await setAside(database, damage, now);
	return backup;
}

function isStoredPage(value: unknown): value is StoredPage {
	return isLogPage({ ...(value as object), befores: '' });
}

/**
 * The same file as JSON.stringify(await exportBackup(now)), built from the
 * log pages' stored JSON text, which their checksums prove unchanged since it
 * was written (and only valid reviews are written). Far faster than parsing,
 * checking and serializing 100,000 objects. If anything is damaged it falls
 * back to exportBackup, which leaves the damage out and sets it aside.
 */
export async function exportBackupText(database: TrainerDatabase, now: Date): Promise<string> {
	// An export needs no `before`s: read the review text alone.
	const snapshot = await readSnapshot(database, false);
	const damage = noDamage();
	const cards = checkCards(snapshot.cards, damage);
	const tail = checkTail(snapshot.tail.values, snapshot.tail.keys, damage);
	const intact = snapshot.pages.every(
		(page) => isStoredPage(page) && page.reviews.startsWith('[') && textChecksum(page.reviews) === page.checksum,
	);
	if (!intact || damage.findings.length > 0) return JSON.stringify(await exportBackup(database, now));
	const bodies = (snapshot.pages as StoredPage[]).map((page) => page.reviews.slice(1, -1)).filter((body) => body !== '');
	if (tail.length > 0) bodies.push(JSON.stringify(tail.map(toBackupReview)).slice(1, -1));
	const head = JSON.stringify(envelope(now, snapshot.settings, [...cards.values()]));
	return `${head.slice(0, -1)},"reviews":[${bodies.join(',')}]}`;
}

export async function importBackup(database: TrainerDatabase, data: unknown, now: Date): Promise<ImportReport> {
	// The parser (and zod) load only when a learner imports a file.
	const { parseBackup } = await import('../backup/parse');
	const backup = parseBackup(data);
	const reviews: ReviewRecord[] = withBefore(backup.reviews);
	return writeTransaction(database, ['cards', 'logPages', 'logBefores', 'logTail', 'settings', 'autobackup'], async (transaction, track) => {
		const cardStore = transaction.objectStore('cards');
		const settingsStore = transaction.objectStore('settings');
		const log = logStores(transaction);
		const [cards, pages, tail, settings] = await Promise.all([
			cardStore.getAll(),
			pagesBetween(log, undefined, undefined),
			readTail(log),
			settingsStore.get(SETTINGS_KEY),
		]);
		const replaced = backupOf(now, { cards, pages, tail, settings }, noDamage());
		track(transaction.objectStore('autobackup').put(replaced, AUTOBACKUP_KEY));
		track(cardStore.clear());
		track(transaction.objectStore('logPages').clear());
		track(transaction.objectStore('logBefores').clear());
		track(transaction.objectStore('logTail').clear());
		for (const card of backup.cards) track(cardStore.put(card));
		for (const page of pagesOf(reviews)) writePage(log, page, track);
		track(settingsStore.put(backup.settings, SETTINGS_KEY));
		return { cards: backup.cards.length, reviews: reviews.length, autoBackupAt: replaced.exportedAt };
	});
}

/** The automatic backup taken by the last import, if any; importBackup validates it again on restore. */
export async function lastAutoBackup(database: TrainerDatabase): Promise<Backup | undefined> {
	const saved: unknown = await database.get('autobackup', AUTOBACKUP_KEY);
	const looksLikeBackup =
		typeof saved === 'object' &&
		saved !== null &&
		(saved as Partial<Backup>).format === BACKUP_FORMAT &&
		(saved as Partial<Backup>).version === BACKUP_VERSION;
	return looksLikeBackup ? (saved as Backup) : undefined;
}

/**
 * Export and import of everything the trainer stores. Import validates the
 * whole file first, then replaces everything in one transaction that also
 * saves an automatic backup of what it replaces: all or nothing.
 */
import { parseBackup } from '../backup/parse';
import { toBackupReview, withBefore } from '../backup/review-chain';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type ImportReport } from '../backup/types';
import { isCardRecord, isReviewRecord } from '../srs/guards';
import { DEFAULT_SETTINGS, type CardRecord, type ReviewRecord } from '../srs/types';
import { AUTOBACKUP_KEY, SETTINGS_KEY, type TrainerDatabase } from './database';
import { checkedSettings, quarantine, sortOut } from './quarantine';
import { writeTransaction } from './write';

function backupOf(now: Date, settings: unknown, cards: readonly unknown[], reviews: readonly unknown[]): Backup {
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: now.toISOString(),
		settings: checkedSettings(settings) ?? { ...DEFAULT_SETTINGS },
		cards: cards.filter(isCardRecord),
		reviews: reviews.filter(isReviewRecord).map(toBackupReview),
	};
}

/** Everything stored, oldest review first; corrupt records are left out and moved to quarantine. */
export async function exportBackup(database: TrainerDatabase, now: Date): Promise<Backup> {
	const transaction = database.transaction(['cards', 'reviews', 'settings'], 'readonly');
	const byTime = transaction.objectStore('reviews').index('reviewedAt');
	const [cards, cardKeys, reviews, reviewKeys, settings] = await Promise.all([
		transaction.objectStore('cards').getAll(),
		transaction.objectStore('cards').getAllKeys(),
		byTime.getAll(),
		byTime.getAllKeys(),
		transaction.objectStore('settings').get(SETTINGS_KEY),
		transaction.done,
	]);
	const checkedCards = sortOut<CardRecord>('cards', cards, cardKeys);
	const checkedReviews = sortOut<ReviewRecord>('reviews', reviews, reviewKeys);
	await quarantine(database, [...checkedCards.suspects, ...checkedReviews.suspects], now);
	return backupOf(now, settings, checkedCards.valid, checkedReviews.valid);
}

export async function importBackup(database: TrainerDatabase, data: unknown, now: Date): Promise<ImportReport> {
	const backup = parseBackup(data);
	const reviews = withBefore(backup.reviews);
	return writeTransaction(database, ['cards', 'reviews', 'settings', 'autobackup'], async (transaction, track) => {
		const cardStore = transaction.objectStore('cards');
		const reviewStore = transaction.objectStore('reviews');
		const settingsStore = transaction.objectStore('settings');
		const [oldCards, oldReviews, oldSettings] = await Promise.all([
			cardStore.getAll(),
			reviewStore.index('reviewedAt').getAll(),
			settingsStore.get(SETTINGS_KEY),
		]);
		const replaced = backupOf(now, oldSettings, oldCards, oldReviews);
		track(transaction.objectStore('autobackup').put(replaced, AUTOBACKUP_KEY));
		track(cardStore.clear());
		track(reviewStore.clear());
		for (const card of backup.cards) track(cardStore.put(card));
		for (const review of reviews) track(reviewStore.put(review));
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

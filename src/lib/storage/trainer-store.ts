/**
 * The trainer's IndexedDB store (see types.ts for the contract). Every
 * answer is scheduled inside the readwrite transaction that writes it, from
 * the record as stored at that moment, so two tabs answering at once are
 * serialized by IndexedDB: no review is lost or counted twice.
 */
import { isCardRecord, isReviewRecord } from '../srs/guards';
import { addDays, learnerDay, learnerDayStart, type LearnerClock } from '../srs/learner-clock';
import { createScheduler } from '../srs/scheduler';
import { settingsSchema } from '../srs/schema';
import { DEFAULT_SETTINGS, type CardRecord, type ReviewRecord, type Settings } from '../srs/types';
import { exportBackup, importBackup, lastAutoBackup } from './backup-io';
import { ChangeChannel } from './change-channel';
import { DEFAULT_DB_NAME, openTrainerDatabase, SETTINGS_KEY, type TrainerDatabase } from './database';
import { newReviewId } from './review-id';
import { checkedSettings, quarantine, quarantineEntry, rejectionReason, reported, sortOut, type Suspect } from './quarantine';
import type { LoadResult, TrainerStore } from './types';
import { writeTransaction } from './write';

let persistenceRequested = false;

/** Asks the browser (once per page) not to evict the trainer's data under storage pressure. */
function requestPersistence(): void {
	if (persistenceRequested) return;
	persistenceRequested = true;
	const storage = globalThis.navigator?.storage;
	if (typeof storage?.persist !== 'function') return;
	storage
		.persisted()
		.then((persisted) => (persisted ? true : storage.persist()))
		.catch(() => undefined);
}

/** fromIso <= reviewedAt < toIso, either end open when not given. */
function timeRange(fromIso: string | undefined, toIso: string | undefined): IDBKeyRange | null {
	if (fromIso !== undefined && toIso !== undefined) return IDBKeyRange.bound(fromIso, toIso, false, true);
	if (fromIso !== undefined) return IDBKeyRange.lowerBound(fromIso);
	if (toIso !== undefined) return IDBKeyRange.upperBound(toIso, true);
	return null;
}

function introducedNew(review: ReviewRecord): boolean {
	return review.before === null || review.before.state === 'new';
}

async function load(database: TrainerDatabase, now: Date, timeZone: string): Promise<LoadResult> {
	const transaction = database.transaction(['cards', 'reviews', 'settings'], 'readonly');
	const cardStore = transaction.objectStore('cards');
	const [cards, cardKeys, storedSettings] = await Promise.all([
		cardStore.getAll(),
		cardStore.getAllKeys(),
		transaction.objectStore('settings').get(SETTINGS_KEY),
	]);
	const settings = checkedSettings(storedSettings);
	const clock: LearnerClock = { timeZone, dayStartMinutes: (settings ?? DEFAULT_SETTINGS).dayStartMinutes };
	const todayStart = learnerDayStart(learnerDay(now, clock), clock).toISOString();
	const tomorrowStart = learnerDayStart(addDays(learnerDay(now, clock), 1), clock).toISOString();
	const today = IDBKeyRange.bound(todayStart, tomorrowStart, false, true);
	const byTime = transaction.objectStore('reviews').index('reviewedAt');
	const [todaysReviews, todaysReviewKeys] = await Promise.all([byTime.getAll(today), byTime.getAllKeys(today), transaction.done]);

	const checkedCards = sortOut<CardRecord>('cards', cards, cardKeys);
	const checkedReviews = sortOut<ReviewRecord>('reviews', todaysReviews, todaysReviewKeys);
	const suspects: Suspect[] = [...checkedCards.suspects, ...checkedReviews.suspects];
	if (storedSettings !== undefined && !settings) {
		suspects.push({ store: 'settings', key: SETTINGS_KEY, value: storedSettings, reason: rejectionReason('settings', storedSettings) });
	}
	await quarantine(database, suspects, now);
	return {
		records: new Map(checkedCards.valid.map((record) => [record.key, record])),
		settings: settings ?? { ...DEFAULT_SETTINGS },
		corrupted: reported(suspects),
		newIntroducedToday: checkedReviews.valid.filter(introducedNew).length,
	};
}

export async function openTrainerStore(name: string = DEFAULT_DB_NAME): Promise<TrainerStore> {
	const database = await openTrainerDatabase(name);
	const changes = new ChangeChannel(`${name}:changes`);
	requestPersistence();

	/** Runs a write and, once it has committed, tells the other tabs. */
	async function announced<T>(write: Promise<T>): Promise<T> {
		const result = await write;
		changes.announce();
		return result;
	}

	return {
		load: (now, timeZone) => load(database, now, timeZone),

		answer: (key, rating, now, timeZone) =>
			announced(
				writeTransaction(database, ['cards', 'reviews', 'settings', 'quarantine'], async (transaction, track) => {
					const cardStore = transaction.objectStore('cards');
					const [stored, storedSettings] = await Promise.all([
						cardStore.get(key) as Promise<unknown>,
						transaction.objectStore('settings').get(SETTINGS_KEY),
					]);
					let record: CardRecord | undefined;
					if (isCardRecord(stored)) record = stored;
					else if (stored !== undefined) {
						// Corrupt: set it aside and schedule the card as new rather than lose the answer.
						track(transaction.objectStore('quarantine').add(quarantineEntry('cards', key, stored, now)));
					}
					const settings = checkedSettings(storedSettings) ?? DEFAULT_SETTINGS;
					// ts-fsrs is synchronous, so the transaction stays active through scheduling.
					const review = createScheduler(settings, timeZone).answer(record, key, rating, now, newReviewId());
					track(cardStore.put(review.after));
					track(transaction.objectStore('reviews').add(review));
					return review;
				}),
			),

		undoLast: () =>
			announced(
				writeTransaction(database, ['cards', 'reviews', 'quarantine'], async (transaction, track) => {
					const reviewStore = transaction.objectStore('reviews');
					const cursor = await reviewStore.index('reviewedAt').openCursor(null, 'prev');
					if (!cursor) return undefined;
					const review: unknown = cursor.value;
					if (!isReviewRecord(review)) {
						// Cannot be undone exactly: set it aside so the entry before it becomes undoable.
						track(transaction.objectStore('quarantine').add(quarantineEntry('reviews', String(cursor.primaryKey), review)));
						track(reviewStore.delete(cursor.primaryKey));
						return undefined;
					}
					const cardStore = transaction.objectStore('cards');
					if (review.before) track(cardStore.put(review.before));
					else track(cardStore.delete(review.key));
					track(reviewStore.delete(review.id));
					return review;
				}),
			),

		async saveSettings(settings: Settings) {
			const parsed = settingsSchema.safeParse(settings);
			if (!parsed.success) throw new Error(`Settings not saved: ${rejectionReason('settings', settings)}`);
			return announced(
				writeTransaction(database, ['settings'], async (transaction, track) => {
					track(transaction.objectStore('settings').put(parsed.data, SETTINGS_KEY));
				}),
			);
		},

		async reviews(fromIso, toIso) {
			const range = timeRange(fromIso, toIso);
			const transaction = database.transaction('reviews', 'readonly');
			const byTime = transaction.store.index('reviewedAt');
			const [values, keys] = await Promise.all([byTime.getAll(range), byTime.getAllKeys(range), transaction.done]);
			const checked = sortOut<ReviewRecord>('reviews', values, keys);
			await quarantine(database, checked.suspects, new Date());
			return checked.valid;
		},

		exportBackup: (now) => exportBackup(database, now),
		importBackup: (data) => announced(importBackup(database, data, new Date())),
		lastAutoBackup: () => lastAutoBackup(database),
		onExternalChange: (listener) => changes.listen(listener),
		close() {
			changes.close();
			database.close();
		},
	};
}

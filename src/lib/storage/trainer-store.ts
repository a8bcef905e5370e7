/**
 * The trainer's IndexedDB store (see types.ts for the contract). Every
 * answer is scheduled inside the readwrite transaction that writes it, from
 * the record as stored at that moment, so two tabs answering at once are
 * serialized by IndexedDB: no review is lost or counted twice.
 */
import { isCardRecord, isSettings } from '../srs/guards';
import { addDays, learnerDay, learnerDayStart, type LearnerClock } from '../srs/learner-clock';
import { createScheduler } from '../srs/scheduler';
import { DEFAULT_SETTINGS, type CardRecord, type ReviewRecord, type Settings } from '../srs/types';
import { exportBackup, exportBackupText, importBackup, lastAutoBackup } from './backup-io';
import { ChangeChannel } from './change-channel';
import { DEFAULT_DB_NAME, openTrainerDatabase, SETTINGS_KEY, type QuarantineEntry, type TrainerDatabase } from './database';
import { logStores, pagesBetween, readTail } from './log-reads';
import { appendToLog, takeBackLast } from './log-writes';
import { rejectionReason } from './explain';
import { checkCards, checkPages, checkSettings, checkTail, noDamage, quarantineEntry, setAside } from './quarantine';
import { newReviewId } from './review-id';
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

function introducedNew(review: ReviewRecord): boolean {
	return review.before === null || review.before.state === 'new';
}

function byTime(a: ReviewRecord, b: ReviewRecord): number {
	return a.reviewedAt < b.reviewedAt ? -1 : a.reviewedAt > b.reviewedAt ? 1 : 0;
}

/** Valid reviews with fromIso <= reviewedAt < toIso, oldest first; damage is set aside. */
async function reviewsBetween(database: TrainerDatabase, fromIso: string | undefined, toIso: string | undefined, now: Date) {
	const transaction = database.transaction(['logPages', 'logBefores', 'logTail'], 'readonly');
	const log = logStores(transaction);
	const [pages, tail] = await Promise.all([pagesBetween(log, fromIso, toIso), readTail(log), transaction.done]);
	const damage = noDamage();
	const logged = [...checkPages(pages, damage), ...checkTail(tail.values, tail.keys, damage)];
	const inRange = logged.filter(
		(review) => (fromIso === undefined || review.reviewedAt >= fromIso) && (toIso === undefined || review.reviewedAt < toIso),
	);
	const corrupted = await setAside(database, damage, now);
	// Pages are in commit order; two tabs may commit slightly out of time order.
	return { reviews: inRange.sort(byTime), corrupted };
}

/** Today's reviews (for the new-card count), in the learner day that `settings` define. */
function todaysReviews(database: TrainerDatabase, settings: Settings | undefined, now: Date, timeZone: string) {
	const clock: LearnerClock = { timeZone, dayStartMinutes: (settings ?? DEFAULT_SETTINGS).dayStartMinutes };
	const today = learnerDay(now, clock);
	const start = learnerDayStart(today, clock).toISOString();
	return reviewsBetween(database, start, learnerDayStart(addDays(today, 1), clock).toISOString(), now);
}

async function load(database: TrainerDatabase, now: Date, timeZone: string): Promise<LoadResult> {
	// The cards (the slow read) and today's reviews, which need only the settings, are read side by side.
	const cardRead = database.transaction('cards', 'readonly');
	const cardsRead = Promise.all([cardRead.store.getAll(), cardRead.done]);
	const damage = noDamage();
	const settings = checkSettings(await database.get('settings', SETTINGS_KEY), damage);
	const [[cards], todays] = await Promise.all([cardsRead, todaysReviews(database, settings, now, timeZone)]);
	const records = checkCards(cards, damage);
	const corrupted = await setAside(database, damage, now);
	return {
		records,
		settings: settings ?? { ...DEFAULT_SETTINGS },
		corrupted: [...corrupted, ...todays.corrupted],
		newIntroducedToday: todays.reviews.filter(introducedNew).length,
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
				writeTransaction(database, ['cards', 'logPages', 'logBefores', 'logTail', 'settings', 'quarantine'], async (transaction, track) => {
					const cardStore = transaction.objectStore('cards');
					const log = logStores(transaction);
					const putAside = (entry: QuarantineEntry) => track(transaction.objectStore('quarantine').add(entry));
					const [stored, storedSettings] = await Promise.all([
						cardStore.get(key) as Promise<unknown>,
						transaction.objectStore('settings').get(SETTINGS_KEY),
					]);
					let record: CardRecord | undefined;
					if (isCardRecord(stored)) record = stored;
					else if (stored !== undefined) {
						// Corrupt: set it aside and schedule the card as new rather than lose the answer.
						// (No zod here: loading it would let the transaction commit early.)
						putAside(quarantineEntry('cards', key, stored, 'not a valid card record (found while answering)', now));
					}
					const settings = isSettings(storedSettings) ? storedSettings : DEFAULT_SETTINGS;
					// ts-fsrs is synchronous, so the transaction stays active through scheduling.
					const review = createScheduler(settings, timeZone).answer(record, key, rating, now, newReviewId());
					track(cardStore.put(review.after));
					await appendToLog(log, review, track, putAside, now);
					return review;
				}),
			),

		undoLast: () =>
			announced(
				writeTransaction(database, ['cards', 'logPages', 'logBefores', 'logTail', 'quarantine'], async (transaction, track) => {
					const putAside = (entry: QuarantineEntry) => track(transaction.objectStore('quarantine').add(entry));
					const review = await takeBackLast(logStores(transaction), track, putAside, new Date());
					if (!review) return undefined;
					const cards = transaction.objectStore('cards');
					if (review.before) track(cards.put(review.before));
					else track(cards.delete(review.key));
					return review;
				}),
			),

		async saveSettings(settings: Settings) {
			if (!isSettings(settings)) throw new Error(`Settings not saved: ${await rejectionReason('settings', settings)}`);
			const { desiredRetention, newCardsPerDay, dayStartMinutes } = settings;
			return announced(
				writeTransaction(database, ['settings'], async (transaction, track) => {
					track(transaction.objectStore('settings').put({ desiredRetention, newCardsPerDay, dayStartMinutes }, SETTINGS_KEY));
				}),
			);
		},

		reviews: async (fromIso, toIso) => (await reviewsBetween(database, fromIso, toIso, new Date())).reviews,
		exportBackup: (now) => exportBackup(database, now),
		exportBackupText: (now) => exportBackupText(database, now),
		importBackup: (data) => announced(importBackup(database, data, new Date())),
		lastAutoBackup: () => lastAutoBackup(database),
		onExternalChange: (listener) => changes.listen(listener),
		close() {
			changes.close();
			database.close();
		},
	};
}

/**
 * The trainer's IndexedDB store (see types.ts for the contract). Every
 * answer is scheduled inside the readwrite transaction that writes it, from
 * the record as stored at that moment, so two tabs answering at once are
 * serialized by IndexedDB: no review is lost or counted twice.
 */
import { isCardRecord, isReviewRecord, isSettings } from '../srs/guards';
import { addDays, learnerDay, learnerDayStart, type LearnerClock } from '../srs/learner-clock';
import { createScheduler } from '../srs/scheduler';
import { DEFAULT_SETTINGS, type CardRecord, type ReviewRecord, type Settings } from '../srs/types';
import { exportBackup, exportBackupText, importBackup, lastAutoBackup } from './backup-io';
import { ChangeChannel } from './change-channel';
import { DEFAULT_DB_NAME, openTrainerDatabase, SETTINGS_KEY, type TrainerDatabase } from './database';
import { deletePage, lastPage, logStores, pagesBetween, writePage } from './log-reads';
import { rejectionReason } from './explain';
import { checkCards, checkPages, checkSettings, noDamage, quarantineEntry, setAside } from './quarantine';
import { appendReview, isLogPage, mergePages, OPEN_PAGE_SIZE, pageOf, readPage } from './review-log';
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
	const transaction = database.transaction(['logPages', 'logBefores'], 'readonly');
	const pages = await pagesBetween(logStores(transaction), fromIso, toIso);
	await transaction.done;
	const damage = noDamage();
	const inRange = checkPages(pages, damage).filter(
		(review) => (fromIso === undefined || review.reviewedAt >= fromIso) && (toIso === undefined || review.reviewedAt < toIso),
	);
	const corrupted = await setAside(database, damage, now);
	// Pages are in commit order; two tabs may commit slightly out of time order.
	return { reviews: inRange.sort(byTime), corrupted };
}

async function load(database: TrainerDatabase, now: Date, timeZone: string): Promise<LoadResult> {
	const transaction = database.transaction(['cards', 'settings'], 'readonly');
	const [cards, storedSettings] = await Promise.all([
		transaction.objectStore('cards').getAll(),
		transaction.objectStore('settings').get(SETTINGS_KEY),
		transaction.done,
	]);
	const damage = noDamage();
	const records = checkCards(cards, damage);
	const settings = checkSettings(storedSettings, damage);
	const corrupted = await setAside(database, damage, now);
	const clock: LearnerClock = { timeZone, dayStartMinutes: (settings ?? DEFAULT_SETTINGS).dayStartMinutes };
	const today = learnerDay(now, clock);
	const todays = await reviewsBetween(
		database,
		learnerDayStart(today, clock).toISOString(),
		learnerDayStart(addDays(today, 1), clock).toISOString(),
		now,
	);
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
				writeTransaction(database, ['cards', 'logPages', 'logBefores', 'settings', 'quarantine'], async (transaction, track) => {
					const cardStore = transaction.objectStore('cards');
					const log = logStores(transaction);
					const [stored, storedSettings, last] = await Promise.all([
						cardStore.get(key) as Promise<unknown>,
						transaction.objectStore('settings').get(SETTINGS_KEY),
						lastPage(log),
					]);
					let record: CardRecord | undefined;
					if (isCardRecord(stored)) record = stored;
					else if (stored !== undefined) {
						// Corrupt: set it aside and schedule the card as new rather than lose the answer.
						// (No zod here: loading it would let the transaction commit early.)
						track(transaction.objectStore('quarantine').add(quarantineEntry('cards', key, stored, 'not a valid card record (found while answering)', now)));
					}
					const settings = isSettings(storedSettings) ? storedSettings : DEFAULT_SETTINGS;
					// ts-fsrs is synchronous, so the transaction stays active through scheduling.
					const review = createScheduler(settings, timeZone).answer(record, key, rating, now, newReviewId());
					// An unreadable last page is left for quarantine; the answer starts a new page after it.
					const appendTo = last && isLogPage(last.page) ? last.page : undefined;
					const page = appendReview(appendTo, review);
					if (!appendTo && last) page.seq = last.seq + 1;
					track(cardStore.put(review.after));
					// A full open page joins the volume before it, once every OPEN_PAGE_SIZE answers.
					const volume = page.count === OPEN_PAGE_SIZE ? await lastPage(log, page.seq) : undefined;
					const merged = volume && isLogPage(volume.page) ? mergePages(volume.page, page) : undefined;
					if (merged) {
						writePage(log, merged, track);
						deletePage(log, page.seq, track);
					} else writePage(log, page, track);
					return review;
				}),
			),

		undoLast: () =>
			announced(
				writeTransaction(database, ['cards', 'logPages', 'logBefores', 'quarantine'], async (transaction, track) => {
					const log = logStores(transaction);
					const last = await lastPage(log);
					if (!last) return undefined;
					const read = readPage(last.page);
					const entries = 'entries' in read ? read.entries : [];
					const review = entries.at(-1);
					const rest = entries.slice(0, -1);
					if (!isReviewRecord(review) || !rest.every(isReviewRecord)) {
						// Cannot be undone exactly: set the page aside so the log before it becomes undoable.
						const reason = 'unreadable' in read ? read.unreadable : 'the last review-log entry is damaged';
						track(transaction.objectStore('quarantine').add(quarantineEntry('logPages', String(last.seq), last.page, reason, new Date())));
						deletePage(log, last.seq, track);
						return undefined;
					}
					const cards = transaction.objectStore('cards');
					if (review.before) track(cards.put(review.before));
					else track(cards.delete(review.key));
					if (rest.length > 0) writePage(log, pageOf(last.seq, rest), track);
					else deletePage(log, last.seq, track);
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

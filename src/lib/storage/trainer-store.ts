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
import { bucketOf, openBucketOf } from './card-buckets';
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

/** The stored log that may hold reviews with fromIso <= reviewedAt < toIso, unchecked. */
async function readLogBetween(database: TrainerDatabase, fromIso: string | undefined, toIso: string | undefined) {
	const transaction = database.transaction(['logPages', 'logBefores', 'logTail'], 'readonly');
	const log = logStores(transaction);
	const [pages, tail] = await Promise.all([pagesBetween(log, fromIso, toIso), readTail(log), transaction.done]);
	return { pages, tail, fromIso, toIso };
}

/** The valid reviews of a log read, in its range, oldest first; damage is set aside. */
async function checkLog({ pages, tail, fromIso, toIso }: Awaited<ReturnType<typeof readLogBetween>>, database: TrainerDatabase, now: Date) {
	const damage = noDamage();
	const logged = [...checkPages(pages, damage), ...checkTail(tail.values, tail.keys, damage)];
	const inRange = logged.filter(
		(review) => (fromIso === undefined || review.reviewedAt >= fromIso) && (toIso === undefined || review.reviewedAt < toIso),
	);
	const corrupted = await setAside(database, damage, now);
	// Pages are in commit order; two tabs may commit slightly out of time order.
	return { reviews: inRange.sort(byTime), corrupted };
}

/** Today's part of the log (for the new-card count), in the learner day that `settings` define. */
function readTodaysLog(database: TrainerDatabase, settings: Settings | undefined, now: Date, timeZone: string) {
	const clock: LearnerClock = { timeZone, dayStartMinutes: (settings ?? DEFAULT_SETTINGS).dayStartMinutes };
	const today = learnerDay(now, clock);
	const start = learnerDayStart(today, clock).toISOString();
	return readLogBetween(database, start, learnerDayStart(addDays(today, 1), clock).toISOString());
}

async function load(database: TrainerDatabase, now: Date, timeZone: string): Promise<LoadResult> {
	// The database answers requests one after another, and reading 10,000 cards takes longest: the
	// small reads (settings, today's log) go first, then today's log is checked while the cards are read.
	const damage = noDamage();
	const settings = checkSettings(await database.get('settings', SETTINGS_KEY), damage);
	const todaysLog = await readTodaysLog(database, settings, now, timeZone);
	const cardRead = database.transaction('cardBuckets', 'readonly');
	const cardsRead = Promise.all([cardRead.store.getAll(), cardRead.store.getAllKeys(), cardRead.done]);
	const [todays, [buckets, bucketNumbers]] = await Promise.all([checkLog(todaysLog, database, now), cardsRead]);
	const records = checkCards(buckets, bucketNumbers, damage);
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
				writeTransaction(database, ['cardBuckets', 'logPages', 'logBefores', 'logTail', 'settings', 'quarantine'], async (transaction, track) => {
					const log = logStores(transaction);
					const putAside = (entry: QuarantineEntry) => track(transaction.objectStore('quarantine').add(entry));
					// Everything the answer needs is requested at once: one wait for the database before writing.
					const [bucket, storedSettings, tailLength] = await Promise.all([
						openBucketOf(transaction.objectStore('cardBuckets'), key, (stored, reason) =>
							putAside(quarantineEntry('cards', `bucket ${bucketOf(key)}`, stored, reason, now)),
						),
						transaction.objectStore('settings').get(SETTINGS_KEY),
						log.tail.count(),
					]);
					let record: CardRecord | undefined;
					if (isCardRecord(bucket.entry)) record = bucket.entry;
					else if (bucket.entry !== undefined) {
						// Corrupt: set it aside and schedule the card as new rather than lose the answer.
						// (No zod here: loading it would let the transaction commit early.)
						putAside(quarantineEntry('cards', key, bucket.entry, 'not a valid card record (found while answering)', now));
					}
					const settings = isSettings(storedSettings) ? storedSettings : DEFAULT_SETTINGS;
					// ts-fsrs is synchronous, so the transaction stays active through scheduling.
					const review = createScheduler(settings, timeZone).answer(record, key, rating, now, newReviewId());
					track(bucket.write(review.after));
					await appendToLog(log, review, tailLength, track, putAside, now);
					return review;
				}),
			),

		undoLast: () =>
			announced(
				writeTransaction(database, ['cardBuckets', 'logPages', 'logBefores', 'logTail', 'quarantine'], async (transaction, track) => {
					const now = new Date();
					const putAside = (entry: QuarantineEntry) => track(transaction.objectStore('quarantine').add(entry));
					const review = await takeBackLast(logStores(transaction), track, putAside, now);
					if (!review) return undefined;
					const bucket = await openBucketOf(transaction.objectStore('cardBuckets'), review.key, (stored, reason) =>
						putAside(quarantineEntry('cards', `bucket ${bucketOf(review.key)}`, stored, reason, now)),
					);
					track(bucket.write(review.before ?? undefined));
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

		reviews: async (fromIso, toIso) => (await checkLog(await readLogBetween(database, fromIso, toIso), database, new Date())).reviews,
		exportBackup: (now) => exportBackup(database, now),
		exportBackupText: (now) => exportBackupText(database, now),
		importBackup: (data) => announced(importBackup(database, data, new Date())),
		lastAutoBackup: () => lastAutoBackup(database),
		announceChange: () => changes.announce(),
		onExternalChange: (listener) => changes.listen(listener),
		close() {
			changes.close();
			database.close();
		},
	};
}

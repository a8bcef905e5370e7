/**
 * Loading, on the way to the first card: settings, today's part of the log
 * (for the new-card count) and every card bucket, all checked by their
 * checksums and guards. A damaged bucket is set aside and its cards rebuilt
 * from the log before anything is shown, so a card never shows as new while
 * the log holds its answers: as are all cards when no bucket is stored while
 * the log holds answers, and cards answered today whose record is missing.
 * Answered cards are named when the log is empty. The rest of the log is
 * checked after the first card (integrity.ts).
 */
import { unwrap } from 'idb';
import { addDays, learnerDay, learnerDayStart, type LearnerClock } from '../srs/learner-clock';
import { isAnswer } from '../srs/card-changes';
import { DEFAULT_SETTINGS, type CardRecord, type ReviewRecord } from '../srs/types';
import { checkCards, checkLogRead, checkSettings, hasFindings, noDamage, noFindings, withoutHistory, type Findings } from './damage';
import { readAllBuckets, type BucketsRead } from './card-buckets';
import { SETTINGS_KEY, type TrainerDatabase } from './database';
import { logStores, pagesBetween, readTail } from './log-reads';
import { latestStates } from './rebuild';
import type { LoadResult } from './types';

function byTime(a: ReviewRecord, b: ReviewRecord): number {
	return a.reviewedAt < b.reviewedAt ? -1 : a.reviewedAt > b.reviewedAt ? 1 : 0;
}

/** The log that may hold reviews with fromIso <= reviewedAt < toIso, as stored (unchecked). */
async function readLogBetween(database: TrainerDatabase, fromIso: string | undefined, toIso: string | undefined) {
	const transaction = database.transaction(['logPages', 'logBefores', 'logTail'], 'readonly');
	const log = logStores(transaction);
	const [pages, tail] = await Promise.all([pagesBetween(log, fromIso, toIso), readTail(log), transaction.done]);
	return { pages, tail };
}

/** The sound reviews of a log read with fromIso <= reviewedAt < toIso, oldest first; damage is left out and noted in `findings`. */
function soundReviewsBetween(read: Awaited<ReturnType<typeof readLogBetween>>, fromIso: string | undefined, toIso: string | undefined, findings: Findings): ReviewRecord[] {
	return checkLogRead(read.pages, read.tail, findings)
		.filter((review) => (fromIso === undefined || review.reviewedAt >= fromIso) && (toIso === undefined || review.reviewedAt < toIso))
		.sort(byTime); // Pages are in commit order; two tabs may commit slightly out of time order.
}

/** The sound reviews with fromIso <= reviewedAt < toIso, oldest first; damage is left out and noted in `findings`. */
export async function reviewsBetween(database: TrainerDatabase, fromIso: string | undefined, toIso: string | undefined, findings = noFindings()): Promise<ReviewRecord[]> {
	return soundReviewsBetween(await readLogBetween(database, fromIso, toIso), fromIso, toIso, findings);
}

/** A learner's day lasts 23 to 25 hours, so today lies within this long either side of now, whatever the day start and time zone. */
const LONGEST_DAY_MS = 25 * 60 * 60 * 1000;

/** An answer to a card seen for the first time (suspending or resetting a card introduces nothing). */
function introducedNew(review: ReviewRecord): boolean {
	return isAnswer(review) && (review.before === null || review.before.state === 'new');
}

/** Every card bucket as stored, with its bucket number, read as the page's inline script reads them. */
async function readCards(database: TrainerDatabase): Promise<BucketsRead> {
	const transaction = database.transaction('cardBuckets', 'readonly');
	const [cards] = await Promise.all([readAllBuckets(unwrap(transaction.store)), transaction.done]);
	return cards;
}

/** Answered cards, with the log empty, that no damaged log data kept aside may hold answers to. */
async function cardsWithoutHistory(database: TrainerDatabase, records: ReadonlyMap<string, CardRecord>): Promise<string[]> {
	if (![...records.values()].some((record) => record.lastReview !== undefined)) return [];
	const { gapsIn } = await import('./set-aside-items');
	return withoutHistory(records, () => false, gapsIn(await database.getAll('quarantine')));
}

/** `earlyCards`: the buckets as the page's inline script read them (early-open.ts), if it did. */
export async function load(database: TrainerDatabase, now: Date, timeZone: string, earlyCards?: Promise<BucketsRead | undefined>): Promise<LoadResult> {
	// Everything is requested at once: the settings say when the learner's day starts, so the log is
	// read around now, wide enough for any day start, and cut to today once they have arrived.
	const findings = noFindings();
	const around = (offset: number) => new Date(now.getTime() + offset).toISOString();
	const [storedSettings, setAsideBefore, recentLog, cards, pageCount] = await Promise.all([
		database.get('settings', SETTINGS_KEY),
		database.count('quarantine'),
		readLogBetween(database, around(-LONGEST_DAY_MS), around(LONGEST_DAY_MS)),
		(async () => (await earlyCards) ?? readCards(database))(),
		database.count('logPages'),
	]);
	const settings = checkSettings(storedSettings, findings);
	const clock: LearnerClock = { timeZone, dayStartMinutes: (settings ?? DEFAULT_SETTINGS).dayStartMinutes };
	const today = learnerDay(now, clock);
	const todays = soundReviewsBetween(recentLog, learnerDayStart(today, clock).toISOString(), learnerDayStart(addDays(today, 1), clock).toISOString(), findings);
	const records = checkCards(cards.buckets, cards.numbers, findings);
	const logEmpty = pageCount === 0 && recentLog.tail.values.length === 0;
	if (cards.buckets.length === 0) findings.noCards = !logEmpty;
	// A card answered today whose record is missing (its bucket lost): the log has its state.
	else for (const [key, latest] of latestStates(todays)) if (!records.has(key)) findings.stale.set(key, { latest, seen: undefined });
	// Repairs, and their code, only when something is damaged.
	const repaired = hasFindings(findings) ? await (await import('./repair')).repair(database, findings, now) : { report: noDamage(), buckets: new Map() };
	for (const rebuilt of repaired.buckets.values()) for (const record of rebuilt) records.set(record.key, record);
	// A log that lost everything leaves answered cards without history; any other lost page only "Check my data" finds.
	const historyMissing = logEmpty ? await cardsWithoutHistory(database, records) : [];
	return {
		records,
		settings: settings ?? { ...DEFAULT_SETTINGS },
		newIntroducedToday: todays.filter(introducedNew).length,
		day: today,
		damage: { ...repaired.report, historyMissing },
		setAsideCount: setAsideBefore + repaired.report.setAside.length,
	};
}

/**
 * The integrity checks. `checkLog` runs after every load, once the first
 * card shows: it verifies the checksums of every page of the review log (not
 * only today's) and of its tail, one page per short transaction and in
 * slices of a few milliseconds, so answering never waits on it and the page
 * stays responsive. `checkData` ("check my data") reads and validates every
 * answer too, that no review id appears twice, that every answered card
 * has answers in the log (a card without any is named, its state kept), and every card state: each must be the newest state its
 * answers in the log recorded, or it is rebuilt from the log. It also names the cards whose state records a last review
 * further ahead of now than any device's clock goes (srs/review-times.ts): nothing stored says when it was made, so that is
 * all the check can know to be impossible; it changes nothing about them.
 */
import { unwrap } from 'idb';
import { latestClockTime } from '../srs/review-times';
import type { CardRecord, ReviewRecord } from '../srs/types';
import { readAllBuckets } from './card-buckets';
import { checkCards, checkSettings, hasFindings, noDamage, noFindings, pageChecksumProblemInSlices, pageReviews, withoutHistory, type Findings } from './damage';
import { SETTINGS_KEY, type TrainerDatabase } from './database';
import { latestStates, sameCardState } from './rebuild';
import { repeatedIds } from './repeated-ids';
import { gapsIn } from './set-aside-items';
import { checkTailEntry } from './tail-entry';
import type { CheckReport, DamageReport, Pause } from './types';

/** A stored page with its befores, read in a short transaction of its own. */
async function readPage(database: TrainerDatabase, seq: number): Promise<unknown> {
	const transaction = database.transaction(['logPages', 'logBefores'], 'readonly');
	const [page, befores] = await Promise.all([transaction.objectStore('logPages').get(seq), transaction.objectStore('logBefores').get(seq), transaction.done]);
	return page === undefined ? undefined : { ...page, befores };
}

/** Checks the tail's entries; returns the sound ones' reviews. */
async function checkTail(database: TrainerDatabase, findings: Findings): Promise<ReviewRecord[]> {
	const transaction = database.transaction('logTail', 'readonly');
	const [values, keys] = await Promise.all([transaction.store.getAll(), transaction.store.getAllKeys(), transaction.done]);
	return values.flatMap((value, index) => {
		const checked = checkTailEntry(value);
		if ('review' in checked) return [checked.review];
		findings.tail.set(keys[index] ?? Number.NaN, checked.damaged);
		return [];
	});
}

/** Repairs, and their code, only when something is damaged: the check after every load mostly finds nothing. */
async function repaired(database: TrainerDatabase, findings: Findings, now: Date): Promise<DamageReport> {
	return hasFindings(findings) ? (await (await import('./repair')).repair(database, findings, now)).report : noDamage();
}

export async function checkLog(database: TrainerDatabase, pause: Pause, now: Date): Promise<DamageReport> {
	const findings = noFindings();
	for (const seq of await database.getAllKeys('logPages')) {
		const page = await readPage(database, seq);
		// Undone or merged meanwhile: what replaced it was written checked.
		if (page === undefined) continue;
		const problem = await pageChecksumProblemInSlices(page, pause);
		if (problem) findings.pages.set(seq, problem);
		await pause();
	}
	await checkTail(database, findings);
	return repaired(database, findings, now);
}

export async function checkData(database: TrainerDatabase, pause: Pause, now: Date): Promise<CheckReport> {
	const findings = noFindings();
	// Every answer, page by page, in commit order: the newest state of each card.
	const latest = new Map<string, CardRecord>();
	let reviews = 0;
	const ids = new Set<string>();
	for (const seq of await database.getAllKeys('logPages')) {
		const page = await readPage(database, seq);
		const checked = page === undefined ? { reviews: [] } : pageReviews(page);
		if ('damaged' in checked) findings.pages.set(seq, checked.damaged);
		else {
			reviews += checked.reviews.length;
			repeatedIds(checked.reviews, ids, findings.repeatedIds);
			for (const [key, state] of latestStates(checked.reviews)) latest.set(key, state);
		}
		await pause();
	}
	const tail = await checkTail(database, findings);
	reviews += tail.length;
	repeatedIds(tail, ids, findings.repeatedIds);
	for (const [key, state] of latestStates(tail)) latest.set(key, state);

	const read = database.transaction(['cardBuckets', 'settings'], 'readonly');
	const [{ buckets, numbers }, settings] = await Promise.all([
		readAllBuckets(unwrap(read.objectStore('cardBuckets'))),
		read.objectStore('settings').get(SETTINGS_KEY),
		read.done,
	]);
	checkSettings(settings, findings);
	const records = checkCards(buckets, numbers, findings);
	for (const [key, state] of latest) {
		const seen = records.get(key);
		// A stored state ahead of the log keeps answers whose log entries are in damaged data.
		if (seen && (seen.version > state.version || sameCardState(seen, state))) continue;
		findings.stale.set(key, { latest: state, seen });
	}
	const farAhead = farAheadOf(records, findings, now);
	const report = await repaired(database, findings, now);
	const historyMissing = withoutHistory(records, (key) => latest.has(key), gapsIn(await database.getAll('quarantine')));
	const cards = new Set([...records.keys(), ...latest.keys()]).size;
	return { ...report, historyMissing, cards, reviews, kept: await database.count('quarantine'), ...(farAhead ? { farAhead } : {}) };
}

/** The cards whose state (as stored, or as the check rebuilds it) records a last review no clock error explains, and the latest such time. */
function farAheadOf(records: ReadonlyMap<string, CardRecord>, findings: Findings, now: Date): CheckReport['farAhead'] {
	const states = new Map(records);
	for (const [key, { latest }] of findings.stale) states.set(key, latest);
	const limit = latestClockTime(now);
	const cards = [...states.values()].filter((state) => state.lastReview !== undefined && state.lastReview > limit);
	if (cards.length === 0) return undefined;
	return { cards: cards.map((state) => state.key).sort(), latest: cards.map((state) => state.lastReview!).sort().at(-1)! };
}

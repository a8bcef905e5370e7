/**
 * Card states recomputed from the review log, the source of truth: every
 * answer records the card's whole state after it (`after`), so a card's
 * state is exactly the `after` of its newest answer, whatever the settings,
 * time zone or scheduler version were when it was given. (Replaying the
 * ratings through the scheduler would not be exact: the log does not record
 * the settings and time zone of each answer, and both change the result.)
 */
import type { BackupReview } from '../backup/types';
import type { CardRecord } from '../srs/types';

/** Each card's newest recorded state, from reviews in the order they were committed; `wanted` picks the cards. */
export function latestStates(reviews: Iterable<Pick<BackupReview, 'key' | 'after'>>, wanted: (key: string) => boolean = () => true): Map<string, CardRecord> {
	const latest = new Map<string, CardRecord>();
	for (const { key, after } of reviews) if (wanted(key)) latest.set(key, after);
	return latest;
}

/** Damaged log data (set aside, unreadable as reviews): which cards it held, if known, and its latest answer time, if known. */
export interface HistoryGap {
	cards: ReadonlySet<string> | undefined;
	to: string | undefined;
}

/** Whether a gap may hold an answer to `key` newer than `latest` (its newest readable state, if any). */
export function gapMayHoldLater(gap: HistoryGap, key: string, latest: CardRecord | undefined): boolean {
	if (gap.cards !== undefined && !gap.cards.has(key)) return false;
	return latest?.lastReview === undefined || gap.to === undefined || gap.to > latest.lastReview;
}

/** What rebuilding a set of damaged or missing card records gave. */
export interface Rebuilt {
	/** The records to store. */
	records: CardRecord[];
	/** Recomputed exactly. */
	exact: string[];
	/** Recomputed from their newest readable answer; later answers may be in damaged data. */
	partly: string[];
	/** Known to have existed, with no readable answer: they start again as new cards. */
	lost: string[];
}

/** Rebuilds every card `latest` has a state for, and names the cards of `keys` (known to have had a record) that it has none for. */
export function rebuildCards(latest: ReadonlyMap<string, CardRecord>, keys: Iterable<string>, gaps: readonly HistoryGap[]): Rebuilt {
	const result: Rebuilt = { records: [], exact: [], partly: [], lost: [] };
	const all = new Set([...latest.keys(), ...keys]);
	for (const key of [...all].sort()) {
		const record = latest.get(key);
		if (!record) result.lost.push(key);
		else {
			result.records.push(record);
			(gaps.some((gap) => gapMayHoldLater(gap, key, record)) ? result.partly : result.exact).push(key);
		}
	}
	return result;
}

const CARD_FIELDS = ['key', 'state', 'due', 'stability', 'difficulty', 'reps', 'lapses', 'lastReview', 'learningSteps', 'elapsedDays', 'scheduledDays', 'suspended', 'version'] as const;

/** Proof at compile time that CARD_FIELDS names every field of a card record. */
export const cardFieldsComplete: [Exclude<keyof CardRecord, (typeof CARD_FIELDS)[number]>] extends [never] ? true : false = true;

/** Whether two records hold the same state, field by field (their key order may differ). */
export function sameCardState(a: CardRecord, b: CardRecord): boolean {
	return CARD_FIELDS.every((name) => a[name] === b[name]);
}

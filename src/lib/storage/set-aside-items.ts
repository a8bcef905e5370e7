/**
 * Damaged data is kept whole as it was found (the `quarantine` store); this
 * says what an entry held, as far as it can still be read (cards, review
 * count, date range), and salvages the records in it that are still valid,
 * for a restore. A truncated or partly overwritten text often still holds
 * whole records before and after the damage.
 */
import type { BackupReview } from '../backup/types';
import { isBackupReview, isCardKey, isCardRecord, isInstant } from '../srs/guards';
import type { CardRecord } from '../srs/types';
import type { QuarantineEntry } from './database';
import { EXACT_COPY, SAME_ID } from './log-duplicates';
import type { HistoryGap } from './rebuild';
import type { SetAsideItem } from './types';
import { textOf } from './utf8';
import { fieldOf } from '../field-of';

function parsed(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/** The records of a JSON array text whose objects start with `opening`: all of them if it parses, else each one that still does on its own. */
function salvage<T>(text: string, opening: string, valid: (value: unknown) => value is T): T[] {
	const whole = parsed(text);
	if (Array.isArray(whole)) return whole.filter(valid);
	const starts: number[] = [];
	for (let at = text.indexOf(opening); at >= 0; at = text.indexOf(opening, at + 1)) starts.push(at);
	return starts
		.map((start, index) => parsed(text.slice(start, starts[index + 1] ?? text.length).replace(/[\s,\]]+$/, '')))
		.filter(valid);
}

export function salvageReviews(text: string): BackupReview[] {
	return salvage(text, '{"id":', isBackupReview);
}

export function salvageCards(text: string): CardRecord[] {
	return salvage(text, '{"key":', isCardRecord);
}

const KEY_FIELD = /"key":"((?:[^"\\]|\\.){1,400})"/g;

/** Every card key still legible in a text, even where the JSON around it is broken. */
export function keysIn(text: string): string[] {
	const keys = new Set<string>();
	for (const match of text.matchAll(KEY_FIELD)) {
		const key = parsed(`"${match[1]}"`);
		if (isCardKey(key)) keys.add(key);
	}
	return [...keys].sort();
}

function isByte(value: unknown): boolean {
	return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 255;
}

/**
 * A page's review text: stored as UTF-8 bytes, or as text (storage layout 3,
 * and backups, which write bytes as their text); in a backup, bytes that
 * were not UTF-8 are a list of their values.
 */
function pageText(reviews: unknown): unknown {
	if (reviews instanceof Uint8Array) return textOf(reviews);
	return Array.isArray(reviews) && reviews.length > 0 && reviews.every(isByte) ? textOf(Uint8Array.from(reviews as number[])) : reviews;
}

/** The text a set-aside value holds its records in (a bucket's or page's JSON; a single record is written out). */
export function recordsText(store: string, value: unknown): string {
	if (typeof value === 'string') return value;
	const inner = store === 'logPages' ? pageText(fieldOf(value, 'reviews')) : fieldOf(value, store === 'logTail' ? 'review' : 'cards');
	if (typeof inner === 'string') return store === 'logTail' ? `[${inner}]` : inner;
	return `[${JSON.stringify(value) ?? ''}]`;
}

/**
 * A set-aside entry as read back (from the store, or a backup's `damaged`
 * list), whatever it holds: the entry itself may be damaged too. Fields that
 * are not as written become their plain defaults, `value` stays as found,
 * and an unreadable time becomes `foundAt`.
 */
export function quarantineEntryOf(raw: unknown, foundAt: string): QuarantineEntry {
	const { store, key, reason, movedAt, value } = (typeof raw === 'object' && raw !== null ? raw : { value: raw }) as Partial<Record<keyof QuarantineEntry, unknown>>;
	const text = (field: unknown, otherwise: string) => (typeof field === 'string' ? field : otherwise);
	return {
		store: text(store, 'unknown'),
		key: text(key, ''),
		reason: text(reason, 'damaged data'),
		movedAt: isInstant(movedAt) ? movedAt : foundAt,
		value,
	};
}

export type SetAsideKind = SetAsideItem['kind'];

/** The trainer's stores whose entries hold review history. */
const LOG_STORES = new Set(['logPages', 'logTail', 'logBefores']);

/** What a restore treats an entry as: anything outside the card and settings stores may hold answers (an automatic backup does). */
export function kindOf(store: string): Exclude<SetAsideKind, 'other'> {
	if (store === 'settings') return 'settings';
	return store === 'cardBuckets' || store === 'cards' ? 'cards' : 'reviews';
}

function timeRange(value: unknown, reviews: readonly BackupReview[]): { from?: string; to?: string } {
	const [minAt, maxAt] = [fieldOf(value, 'minAt'), fieldOf(value, 'maxAt')];
	if (isInstant(minAt) && isInstant(maxAt)) return { from: minAt, to: maxAt };
	const times = reviews.map((review) => review.reviewedAt).sort();
	return times.length > 0 ? { from: times[0]!, to: times.at(-1)! } : {};
}

/** The kind of problem a set-aside reason names (reasons are written in damage.ts, card-buckets.ts, review-log.ts, tail-entry.ts and log-duplicates.ts). */
/** Why a card state was set aside when the full check rebuilt it from the log. */
export const STATE_DIFFERS = 'its state differs from the one its newest answer in the log recorded';

export function problemOf(reason: string): SetAsideItem['problem'] {
	if (reason === STATE_DIFFERS) return 'differs';
	if (reason.startsWith(EXACT_COPY)) return 'copy';
	if (reason.startsWith(SAME_ID)) return 'sameId';
	if (/JSON|not a (card bucket|review-log|list)|line up|does not hold/.test(reason)) return 'unreadable';
	return /checksum/.test(reason) ? 'changed' : 'invalid';
}

/** What a set-aside entry held, as far as it can be read. */
export function describeSetAside(id: number, entry: { store: string; reason: string; value: unknown; movedAt: string }): SetAsideItem {
	const kind = kindOf(entry.store);
	const problem = problemOf(entry.reason);
	const base = { id, kind, problem, reason: entry.reason, setAsideAt: entry.movedAt };
	if (kind === 'settings') return { ...base, cards: [], cardsComplete: true, reviews: 0, restorable: false };
	const text = recordsText(entry.store, entry.value);
	const cardsComplete = Array.isArray(parsed(text));
	if (kind === 'cards') {
		// A state replaced by its log's stays aside: a restore never replaces the state a card has.
		return { ...base, cards: keysIn(text), cardsComplete, reviews: 0, restorable: problem !== 'differs' && salvageCards(text).length > 0 };
	}
	const reviews = salvageReviews(text);
	const keys = keysIn(text);
	// Outside the log, an entry in which no answer and no card can be read is not called review history.
	if (!LOG_STORES.has(entry.store) && reviews.length === 0 && keys.length === 0) return { ...base, kind: 'other', cards: [], cardsComplete: true, reviews: 0, restorable: false };
	const count = fieldOf(entry.value, 'count');
	return {
		...base,
		cards: keys,
		cardsComplete,
		reviews: Number.isSafeInteger(count) && (count as number) >= 0 ? (count as number) : Math.max(reviews.length, 1),
		...timeRange(entry.value, reviews),
		// An answer whose id is in the log already cannot go back into it: a restore would only drop it.
		restorable: reviews.length > 0 && problem !== 'copy' && problem !== 'sameId',
	};
}

/** The damaged log data kept aside, as gaps in a card's history (a second answer with an id that stays in the log is none). */
export function gapsIn(entries: readonly Pick<QuarantineEntry, 'store' | 'reason' | 'value' | 'movedAt'>[]): HistoryGap[] {
	return entries
		.filter((entry) => kindOf(entry.store) === 'reviews' && !['copy', 'sameId'].includes(problemOf(entry.reason)))
		.map((entry) => describeSetAside(0, entry))
		.filter((item) => item.kind === 'reviews')
		.map((item) => ({ cards: item.cardsComplete ? new Set(item.cards) : undefined, to: item.to }));
}

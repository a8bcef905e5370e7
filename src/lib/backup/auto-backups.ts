/**
 * The rules that keep automatic backups from losing answers. An import (or a
 * restore) replaces the learner's progress: when the progress holds answers
 * (or damaged data kept aside) the incoming data lacks, nothing is replaced
 * until the learner has agreed to exactly that (`answersLacking`, `confirmationCovers`). The automatic
 * backup taken of the progress replaces an earlier one only when it holds
 * everything the earlier one holds (`replaceable`); otherwise both are kept,
 * until the learner deletes one.
 */
import { isAnswer } from '../srs/card-changes';
import type { LogRating } from '../srs/types';
import { AUTOBACKUP_KEY } from '../storage/database';

/**
 * What the progress holds that the incoming data lacks: answers in its log
 * (how many, and when the newest was given; `newestAt` is '' when none),
 * changes to cards in it (suspend, unsuspend, reset: `changes`, absent when
 * none), and entries of damaged data kept aside (`setAside`, absent when
 * none), which would then be only in the automatic backup.
 */
export interface LackingAnswers {
	count: number;
	newestAt: string;
	changes?: number;
	setAside?: number;
}

/** Thrown, with nothing changed, by an import or restore that would replace answers (or damaged data kept aside) the learner has not agreed to replace. */
export class ReplacesAnswersError extends Error {
	constructor(readonly lacking: LackingAnswers) {
		super(`the import would replace ${lacking.count} answers, ${lacking.changes ?? 0} card changes and ${lacking.setAside ?? 0} entries kept aside that the data does not hold`);
		this.name = 'ReplacesAnswersError';
	}
}

/**
 * The log entries in `progress` (ids, ratings and times, as stored) whose ids
 * `incoming` lacks, answers and card changes counted apart, and `setAside`,
 * the number of entries kept aside it lacks (setAsideLacking); undefined when
 * it lacks nothing.
 */
export function answersLacking(progress: Iterable<{ id: string; rating: LogRating; reviewedAt: string }>, incoming: ReadonlySet<string>, setAside = 0): LackingAnswers | undefined {
	let count = 0;
	let changes = 0;
	let newestAt = '';
	for (const entry of progress) {
		if (incoming.has(entry.id)) continue;
		if (!isAnswer(entry)) {
			changes += 1;
			continue;
		}
		count += 1;
		if (entry.reviewedAt > newestAt) newestAt = entry.reviewedAt;
	}
	if (count === 0 && changes === 0 && setAside === 0) return undefined;
	return { count, newestAt, ...(changes > 0 ? { changes } : {}), ...(setAside > 0 ? { setAside } : {}) };
}

/** How many of the progress's entries kept aside (a backup's `damaged` list) hold data that none of the incoming ones holds. */
export function setAsideLacking(progress: readonly unknown[], incoming: readonly unknown[]): number {
	const held = new Set(incoming.map((entry) => valueText(setAsideValue(entry))));
	return progress.filter((entry) => !held.has(valueText(setAsideValue(entry)))).length;
}

/**
 * Whether what the learner agreed to replace (`confirmed`) is what would be
 * replaced now: the same number of answers, the newest the same, as many
 * card changes and entries kept aside. An answer given (or data set aside) in another tab
 * after the question asks it again.
 */
export function confirmationCovers(lacking: LackingAnswers | undefined, confirmed: LackingAnswers | undefined): boolean {
	return (
		lacking === undefined ||
		(confirmed?.count === lacking.count && confirmed.newestAt === lacking.newestAt && (confirmed.changes ?? 0) === (lacking.changes ?? 0) && (confirmed.setAside ?? 0) === (lacking.setAside ?? 0))
	);
}

/**
 * What an automatic backup holds that no other copy may hold: its answers
 * (by id), its entries of damaged data kept aside and its settings (each by
 * value), and the states of cards it holds no answer for (imported without
 * history: the state is all there is of them).
 */
export interface Holdings {
	answers: ReadonlySet<string>;
	setAside: ReadonlySet<string>;
	settings: string;
	withoutHistory: ReadonlyMap<string, string>;
}

/**
 * A value as text that is the same for equal values whatever the order of
 * their fields: settings saved by the form and the same settings read from a
 * file are one value.
 */
export function valueText(value: unknown): string {
	const ordered = (_key: string, inner: unknown): unknown =>
		inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : inner;
	return JSON.stringify(value, ordered) ?? 'undefined';
}

/** The data of an entry of a backup's `damaged` list: its `value`, or the entry itself when it is no entry (damaged data is raw by nature). */
export function setAsideValue(entry: unknown): unknown {
	return typeof entry === 'object' && entry !== null && 'value' in entry ? entry.value : entry;
}

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);
const fieldText = (value: unknown, field: string): string | undefined => {
	const inner = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[field] : undefined;
	return typeof inner === 'string' ? inner : undefined;
};

/** What a backup (as the site writes it, not yet checked: an automatic backup is read as stored) holds. */
export function holdings(backup: { settings?: unknown; cards?: unknown; reviews?: unknown; damaged?: unknown }): Holdings {
	const reviews = listOf(backup.reviews);
	const answered = new Set(reviews.map((review) => fieldText(review, 'key')));
	const withoutHistory = new Map<string, string>();
	for (const card of listOf(backup.cards)) {
		const key = fieldText(card, 'key') ?? valueText(card);
		if (!answered.has(key)) withoutHistory.set(key, valueText(card));
	}
	return {
		answers: new Set(reviews.map((review) => String(fieldText(review, 'id')))),
		setAside: new Set(listOf(backup.damaged).map((entry) => valueText(setAsideValue(entry)))),
		settings: valueText(backup.settings),
		withoutHistory,
	};
}

/**
 * Whether an automatic backup holding `earlier` may give way to one holding
 * `newer`: only if nothing is lost, so the newer one holds every answer, every
 * entry kept aside and every card state without history the earlier one
 * holds, and the same settings (other settings, such as personal parameters
 * fitted since, are kept in both).
 */
export function replaceable(earlier: Holdings, newer: Holdings): boolean {
	for (const id of earlier.answers) if (!newer.answers.has(id)) return false;
	for (const value of earlier.setAside) if (!newer.setAside.has(value)) return false;
	for (const [key, state] of earlier.withoutHistory) if (newer.withoutHistory.get(key) !== state) return false;
	return earlier.settings === newer.settings;
}

/** The prefix of the keys of earlier automatic backups, kept beside the newest (AUTOBACKUP_KEY, as every version of the store wrote it). */
const EARLIER_PREFIX = 'earlier-';

/** Whether a key of the `autobackup` store holds an automatic backup (the store also keeps the last import's checksum). */
export function isAutoBackupKey(key: string): boolean {
	return key === AUTOBACKUP_KEY || (key.startsWith(EARLIER_PREFIX) && /^\d+$/.test(key.slice(EARLIER_PREFIX.length)));
}

/** A key for an earlier automatic backup that none of `keys` uses. */
export function earlierKey(keys: readonly string[]): string {
	const numbers = keys.filter((key) => key !== AUTOBACKUP_KEY && isAutoBackupKey(key)).map((key) => Number(key.slice(EARLIER_PREFIX.length)));
	return `${EARLIER_PREFIX}${Math.max(0, ...numbers) + 1}`;
}

/** The automatic backups in the order the panel lists them: the newest (as taken), then the earlier ones, newest first; unreadable ones last. */
export function listOrder<T extends { key: string; exportedAt?: string }>(backups: readonly T[]): T[] {
	const rank = (backup: T) => (backup.key === AUTOBACKUP_KEY ? 0 : backup.exportedAt === undefined ? 2 : 1);
	return [...backups].sort((a, b) => rank(a) - rank(b) || (b.exportedAt ?? '').localeCompare(a.exportedAt ?? '') || a.key.localeCompare(b.key));
}

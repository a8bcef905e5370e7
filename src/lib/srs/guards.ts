/**
 * Fast yes/no checks for stored records, for the hot paths (loading 10,000
 * cards, exporting 100,000 reviews), where zod costs 5–10 µs per record, and
 * so that the trainer page need not load zod at all unless something is
 * broken. They accept exactly what the zod schemas in schema.ts accept (a
 * test checks this on many broken records); zod still explains any rejection.
 */
import type { BackupReview } from '../backup/types';
import type { CardRecord, ReviewRecord, Settings } from './types';

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
const STATES = new Set(['new', 'learning', 'review', 'relearning']);

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function inRange(value: unknown, min: number, max: number): boolean {
	return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

function isCount(value: unknown): boolean {
	return Number.isSafeInteger(value) && inRange(value, 0, 1_000_000_000);
}

/**
 * A time exactly as Date.prototype.toISOString writes it (UTC, milliseconds),
 * naming a real date and time (no Feb 30, no 24:00). One canonical form keeps
 * string order equal to time order, which the log relies on. Checked without
 * creating a Date: this runs for every time in a 100,000-review export.
 */
export function isInstant(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const match = ISO_INSTANT.exec(value);
	if (!match) return false;
	const year = Number(match[1]);
	const month = Number(match[2]);
	const day = Number(match[3]);
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isCardKey(value: unknown): value is string {
	return typeof value === 'string' && value.length >= 1 && value.length <= 200 && !CONTROL_CHARACTER.test(value);
}

export function isCardRecord(value: unknown): value is CardRecord {
	return (
		isObject(value) &&
		isCardKey(value['key']) &&
		STATES.has(value['state'] as string) &&
		isInstant(value['due']) &&
		inRange(value['stability'], 0, 1_000_000) &&
		inRange(value['difficulty'], 0, 10) &&
		isCount(value['reps']) &&
		isCount(value['lapses']) &&
		(!('lastReview' in value) || isInstant(value['lastReview'])) &&
		isCount(value['learningSteps']) &&
		inRange(value['elapsedDays'], 0, 1_000_000) &&
		inRange(value['scheduledDays'], 0, 1_000_000) &&
		isCount(value['version'])
	);
}

/** A review as backups store it (without `before`). */
export function isBackupReview(value: unknown): value is BackupReview {
	if (!isObject(value)) return false;
	const { id, key, rating, reviewedAt, after } = value;
	return (
		typeof id === 'string' &&
		id.length >= 1 &&
		id.length <= 100 &&
		isCardKey(key) &&
		(rating === 1 || rating === 2 || rating === 3 || rating === 4) &&
		isInstant(reviewedAt) &&
		isCardRecord(after) &&
		after.key === key
	);
}

export function isReviewRecord(value: unknown): value is ReviewRecord {
	if (!isBackupReview(value)) return false;
	const { before } = value as { before?: unknown };
	return before === null || (isCardRecord(before) && before.key === value.key);
}

export function isSettings(value: unknown): value is Settings {
	if (!isObject(value)) return false;
	const { desiredRetention, newCardsPerDay, dayStartMinutes } = value;
	return (
		inRange(desiredRetention, 0.7, 0.99) &&
		Number.isSafeInteger(newCardsPerDay) &&
		inRange(newCardsPerDay, 0, 10_000) &&
		Number.isSafeInteger(dayStartMinutes) &&
		inRange(dayStartMinutes, 0, 1439)
	);
}

/**
 * Fast yes/no checks for stored records, for the hot paths (loading 10,000
 * cards, exporting 100,000 reviews), where zod costs 5–10 µs per record.
 * They accept exactly what the zod schemas in schema.ts accept (a test
 * checks this on many broken records); zod still explains any rejection.
 */
import type { CardRecord, ReviewRecord } from './types';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
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
 * string order equal to time order, which the log's index relies on.
 */
export function isInstant(value: unknown): value is string {
	if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return false;
	const parsed = Date.parse(value);
	// Date.parse rolls invalid fields over (Feb 30 → Mar 2); the round trip catches that.
	return !Number.isNaN(parsed) && new Date(parsed).toISOString() === value;
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

export function isReviewRecord(value: unknown): value is ReviewRecord {
	if (!isObject(value)) return false;
	const { id, key, rating, reviewedAt, before, after } = value;
	return (
		typeof id === 'string' &&
		id.length >= 1 &&
		id.length <= 100 &&
		isCardKey(key) &&
		(rating === 1 || rating === 2 || rating === 3 || rating === 4) &&
		isInstant(reviewedAt) &&
		(before === null || (isCardRecord(before) && before.key === key)) &&
		isCardRecord(after) &&
		after.key === key
	);
}

/**
 * The learner-day clock. ts-fsrs counts elapsed days by UTC calendar date,
 * so before it sees a time we map the real instant to "local wall time in
 * the learner's time zone, minus their start of day", written as a UTC
 * instant: the learner's day boundary (e.g. 04:00 in Istanbul) then falls
 * exactly on a UTC midnight, and ts-fsrs's day arithmetic counts learner days.
 */

const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** The part of Temporal this clock uses (in Chromium from 144 and Firefox from 139; in Node behind --harmony-temporal). */
interface TemporalClock {
	Now: { timeZoneId(): string };
	Instant: { fromEpochMilliseconds(epochMilliseconds: number): { toZonedDateTimeISO(timeZone: string): { offsetNanoseconds: number } } };
}

/**
 * Where the engine has Temporal, the clock asks it: the first
 * Intl.DateTimeFormat made in a page costs 40–90 ms on a 2-core machine
 * (its locale and time zone data), a whole long task on the way to the
 * trainer's first paint and first card; Temporal answers in about a millisecond.
 */
const temporal = (globalThis as { Temporal?: Partial<TemporalClock> }).Temporal;
const temporalZoneId = typeof temporal?.Now?.timeZoneId === 'function' ? temporal.Now : undefined;
const temporalInstant = typeof temporal?.Instant?.fromEpochMilliseconds === 'function' ? temporal.Instant : undefined;

/** The browser's time zone (an IANA name, such as 'Europe/Istanbul'). */
export function browserTimeZone(): string {
	return temporalZoneId?.timeZoneId() ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
	let format = wallClockFormats.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
		});
		wallClockFormats.set(timeZone, format);
	}
	return format;
}

/** The local wall time of an instant in `timeZone`, written as if it were UTC (ms). */
export function wallClockMs(instantMs: number, timeZone: string): number {
	if (timeZone === 'UTC') return instantMs;
	// Offsets are whole seconds, so the division is exact.
	if (temporalInstant) return instantMs + temporalInstant.fromEpochMilliseconds(instantMs).toZonedDateTimeISO(timeZone).offsetNanoseconds / 1e6;
	return wallClockMsByIntl(instantMs, timeZone);
}

/** wallClockMs as Intl.DateTimeFormat gives it, where the engine has no Temporal. */
export function wallClockMsByIntl(instantMs: number, timeZone: string): number {
	const fields: Record<string, number> = {};
	for (const part of wallClockFormat(timeZone).formatToParts(instantMs)) {
		if (part.type !== 'literal') fields[part.type] = Number(part.value);
	}
	const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = fields;
	const millis = ((instantMs % 1000) + 1000) % 1000;
	return Date.UTC(year, month - 1, day, hour, minute, second, millis);
}

/**
 * The instant whose wall time in `timeZone` is `wallMs`. For a wall time that
 * happens twice (clocks going back) the earlier instant; for one that never
 * happens (clocks going forward) the instant the gap pushes it to.
 */
export function instantFromWallClock(wallMs: number, timeZone: string): number {
	// Real time zones change offset at most once within a day either side.
	const offsetBefore = wallClockMs(wallMs - DAY_MS, timeZone) - (wallMs - DAY_MS);
	const offsetAfter = wallClockMs(wallMs + DAY_MS, timeZone) - (wallMs + DAY_MS);
	const candidates = [wallMs - offsetBefore, wallMs - offsetAfter].filter(
		(instant) => wallClockMs(instant, timeZone) === wallMs,
	);
	return candidates.length > 0 ? Math.min(...candidates) : wallMs - offsetBefore;
}

export interface LearnerClock {
	timeZone: string;
	dayStartMinutes: number;
}

/** Real instant → learner-day clock (the learner's start of day lands on a UTC midnight). */
export function toLearnerClock(instant: Date, clock: LearnerClock): Date {
	return new Date(wallClockMs(instant.getTime(), clock.timeZone) - clock.dayStartMinutes * MINUTE_MS);
}

/** Learner-day clock → real instant (inverse of toLearnerClock). */
export function fromLearnerClock(shifted: Date, clock: LearnerClock): Date {
	return new Date(instantFromWallClock(shifted.getTime() + clock.dayStartMinutes * MINUTE_MS, clock.timeZone));
}

/** The learner day ('YYYY-MM-DD') an instant belongs to. */
export function learnerDay(instant: Date, clock: LearnerClock): string {
	return toLearnerClock(instant, clock).toISOString().slice(0, 10);
}

/** The real instant a learner day ('YYYY-MM-DD') begins. */
export function learnerDayStart(day: string, clock: LearnerClock): Date {
	return fromLearnerClock(new Date(`${day}T00:00:00.000Z`), clock);
}

/** The learner day `offset` days after `day`. */
export function addDays(day: string, offset: number): string {
	return new Date(Date.parse(`${day}T00:00:00.000Z`) + offset * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Which learner day the trainer's counts belong to, and when to look at the
 * clock again. A tab left open past the learner's start of day must not keep
 * yesterday's counts (the new cards introduced "today" are what the daily
 * limit subtracts): the island looks at the next day start, and whenever the
 * page is shown or focused again, and reloads its progress when the day has
 * changed.
 */
import { learnerDay, type LearnerClock } from '../srs/learner-clock';
import { nextDayStart } from '../srs/queue';

/**
 * The longest wait between two looks. A timer does not count the time a
 * computer sleeps, so one set in the evening for the next day start can fire
 * hours late; after waking, the page sees the new day within this long.
 */
export const DAY_CHECK_MAX_MS = 10 * 60_000;

/** Whether counts made for learner day `countedDay` ('YYYY-MM-DD') no longer hold at `now`. */
export function countsStale(countedDay: string, now: Date, clock: LearnerClock): boolean {
	return learnerDay(now, clock) !== countedDay;
}

/** How long to wait from `now` before looking again: until the next day start, and at most DAY_CHECK_MAX_MS. */
export function dayCheckDelay(now: Date, clock: LearnerClock): number {
	return Math.max(0, Math.min(nextDayStart(now, clock).getTime() - now.getTime(), DAY_CHECK_MAX_MS));
}

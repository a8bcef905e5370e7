/**
 * When a review time can be true. A live answer is stored at the device's
 * clock, right or wrong: a card answered while the clock was ahead keeps a
 * time later than the real one, and the scheduler counts a last review later
 * than now as just now (scheduler.ts). Everything else that writes reviews
 * (importing a backup file, restoring the automatic backup, restoring data
 * kept aside) brings data made at some moment, which the data itself states
 * (a backup's `exportedAt`, when an entry was set aside), and is judged by
 * one rule against that moment and now:
 *
 * - a time no later than now is a time in the past;
 * - a time later than now but no later than that moment is one the clock
 *   that made the data already showed: the device's clock was ahead when the
 *   answer was given (or this device's clock is behind). It is accepted, and
 *   the learner is told;
 * - a time later than both cannot be true: no answer is given after the data
 *   holding it was made. It is refused, naming the entry and field.
 *
 * A time later than that moment but no later than now is accepted as it
 * always was: older versions of the site wrote `exportedAt` from the
 * export's clock even when the answers in it were given while the clock was
 * ahead, and their files must import once those times have passed. This
 * site writes that moment no earlier than any time the data holds
 * (backup-io.ts), so its own backups always pass. The checks themselves are
 * valid-state.ts's (`CheckOptions.clock`); this module adds what is needed
 * around them.
 */
import { isInstant } from './valid-state';
import { fieldOf } from '../field-of';

/**
 * How far ahead of the real time a device's clock can be: 398 days, the
 * longest a web site's certificate is valid. A clock further ahead finds
 * every certificate expired and opens no site over HTTPS (the trainer only
 * offline), so a time further ahead than this is no clock error.
 */
export const MAX_CLOCK_AHEAD_DAYS = 398;
const DAY_MS = 86_400_000;

/** The latest time a device's clock can show when the real time is `now`: later times are no clock error (MAX_CLOCK_AHEAD_DAYS). */
export function latestClockTime(now: Date): string {
	return new Date(now.getTime() + MAX_CLOCK_AHEAD_DAYS * DAY_MS).toISOString();
}

/** The review times of a card state or a review (its time, and the last review its card state records), as far as they are times. */
function* reviewTimesOf(entry: unknown): Generator<string> {
	for (const time of [fieldOf(entry, 'lastReview'), fieldOf(entry, 'reviewedAt'), fieldOf(fieldOf(entry, 'after'), 'lastReview')]) if (isInstant(time)) yield time;
}

/** The newest review time among `entries` (card states or reviews, checked or not), or `since` when none is later. */
export function newestReviewTime(entries: Iterable<unknown>, since: string): string {
	let newest = since;
	for (const entry of entries) for (const time of reviewTimesOf(entry)) if (time > newest) newest = time;
	return newest;
}

/** The newest review time among `entries` when it is later than now: the device's clock was ahead when those answers were given. */
export function clockAheadUntil(entries: Iterable<unknown>, now: Date): string | undefined {
	const nowIso = now.toISOString();
	const newest = newestReviewTime(entries, nowIso);
	return newest > nowIso ? newest : undefined;
}

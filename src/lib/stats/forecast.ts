/**
 * Due forecast: how many studied cards fall due on each of the next days
 * (learner days, starting at the learner's start of day). Day 0 also
 * counts everything overdue. Suspended cards are never due.
 */
import type { LearnerClock } from '../srs/learner-clock';
import { DEFAULT_SETTINGS, type CardRecord } from '../srs/types';
import { dayBoundaries, dayIndex } from './learner-days';

export function dueForecast(
	records: Iterable<CardRecord>,
	now: Date,
	days = 30,
	timeZone = 'UTC',
	dayStartMinutes: number = DEFAULT_SETTINGS.dayStartMinutes,
): number[] {
	const clock: LearnerClock = { timeZone, dayStartMinutes };
	const boundaries = dayBoundaries(now, days, clock);
	const counts = new Array<number>(days).fill(0);
	for (const record of records) {
		if (record.state === 'new' || record.suspended) continue;
		const day = Math.max(0, dayIndex(boundaries, Date.parse(record.due)));
		if (day < days) counts[day] = (counts[day] ?? 0) + 1;
	}
	return counts;
}

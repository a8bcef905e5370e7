/**
 * Consecutive learner days as real-time boundaries, so that thousands of
 * times can be sorted into days with a binary search instead of a time-zone
 * conversion each.
 */
import { addDays, learnerDay, learnerDayStart, type LearnerClock } from '../srs/learner-clock';

/** Start instants (ms) of `count` learner days from the day of `first`, plus the end of the last one. */
export function dayBoundaries(first: Date, count: number, clock: LearnerClock): number[] {
	const firstDay = learnerDay(first, clock);
	return Array.from({ length: count + 1 }, (_, offset) => learnerDayStart(addDays(firstDay, offset), clock).getTime());
}

/** Which day (0-based) `ms` falls in; -1 before the first, `count` after the last. */
export function dayIndex(boundaries: readonly number[], ms: number): number {
	let low = 0;
	let high = boundaries.length;
	// Finds the number of boundaries <= ms.
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((boundaries[middle] ?? Number.POSITIVE_INFINITY) <= ms) low = middle + 1;
		else high = middle;
	}
	return low - 1;
}

/**
 * Load balancing: a review's interval may move within ts-fsrs's fuzz range
 * (a few percent, at least a day either way) to the day with the fewest
 * cards due, so reviews spread evenly over the days instead of bunching on
 * the days many cards were learned. Measured in load-balance.ts: it lowers
 * the day-to-day variation of the workload and leaves retention where it
 * was (docs/trainer.md). The simulator and the scheduler share this.
 */
import { get_fuzz_range } from 'ts-fsrs';
import { lastNotAfter } from '../sorted-search';

/** ts-fsrs fuzzes intervals of 2.5 days and more; intervals are whole days. */
const SHORTEST_BALANCED = 3;

export interface DayRange {
	shortest: number;
	longest: number;
}

/** The intervals (days) a review may move to, or undefined for one too short to move. */
export function balanceRange(interval: number, elapsedDays: number, maximumInterval: number): DayRange | undefined {
	if (interval < SHORTEST_BALANCED) return undefined;
	const { min_ivl, max_ivl } = get_fuzz_range(interval, elapsedDays, maximumInterval);
	return { shortest: min_ivl, longest: max_ivl };
}

/** The interval in `range` whose day has the fewest cards due (`cardsDue(days)`); among equally light days, the one nearest `interval`. */
export function lightestInterval(interval: number, range: DayRange, cardsDue: (days: number) => number): number {
	let best = interval;
	let bestLoad = Number.POSITIVE_INFINITY;
	const reach = Math.max(interval - range.shortest, range.longest - interval);
	for (let distance = 0; distance <= reach; distance += 1) {
		for (const days of distance === 0 ? [interval] : [interval - distance, interval + distance]) {
			if (days < range.shortest || days > range.longest) continue;
			const load = cardsDue(days);
			if (load < bestLoad) {
				best = days;
				bestLoad = load;
			}
		}
	}
	return best;
}

/**
 * How many of `dues` (ISO instants) fall on each day given by its start:
 * `dayStarts` are the starts of consecutive days and the end of the last
 * one (ISO, ascending), so the result has one count fewer.
 */
export function countByDay(dues: Iterable<string>, dayStarts: readonly string[]): number[] {
	const counts = new Array<number>(Math.max(0, dayStarts.length - 1)).fill(0);
	const first = dayStarts[0];
	const end = dayStarts.at(-1);
	if (first === undefined || end === undefined) return counts;
	for (const due of dues) {
		if (due < first || due >= end) continue;
		counts[lastNotAfter(dayStarts, due)]! += 1;
	}
	return counts;
}

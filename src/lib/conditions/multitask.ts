/**
 * Thresholds of the multi-task conditions (ids in conditions.ts).
 *
 * `data`: "similar amounts of data" means the task with the most examples
 * has at most SIMILAR_DATA_RATIO times as many as the one with the fewest.
 * When only this condition fails, learning together still helps the tasks
 * with less data (they borrow from the data-rich task); the data-rich task
 * gains little. `network`: the network can be made big enough to do well on
 * every task; multi-task learning hurts mainly when it cannot.
 */
export const SIMILAR_DATA_RATIO = 2;

export function haveSimilarAmounts(counts: readonly number[]): boolean {
	if (counts.length === 0) throw new Error('haveSimilarAmounts: no counts');
	return Math.max(...counts) <= SIMILAR_DATA_RATIO * Math.min(...counts);
}

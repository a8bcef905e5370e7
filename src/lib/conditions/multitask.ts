/**
 * Thresholds of the multi-task conditions (ids in conditions.ts).
 *
 * `data`: "similar amounts of data" means the task with the most examples
 * has at most SIMILAR_DATA_RATIO times as many as the one with the fewest.
 * When only this condition fails, learning together still helps the tasks
 * with less data (they borrow from the data-rich task); the data-rich task
 * gains little. `network`: the network can be made big enough to do well on
 * every task; multi-task learning hurts mainly when it cannot.
 *
 * The conditions are about the whole group; who gains is decided task by
 * task (`gainsFrom`): a task gains from another that shares its low-level
 * features unless that one has far less data, by the same ratio.
 */
export const SIMILAR_DATA_RATIO = 2;

export function haveSimilarAmounts(counts: readonly number[]): boolean {
	if (counts.length === 0) throw new Error('haveSimilarAmounts: no counts');
	return Math.max(...counts) <= SIMILAR_DATA_RATIO * Math.min(...counts);
}

/** Whether a task with `own` examples gains from learning with a task that shares its low-level features and has `other`: not when the other has far less. */
export function gainsFrom(own: number, other: number): boolean {
	return own <= SIMILAR_DATA_RATIO * other;
}

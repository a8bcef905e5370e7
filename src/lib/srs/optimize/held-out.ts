/**
 * The time-ordered held-out split: the newest days' items are kept back to
 * judge parameters fitted on the days before them, so a fit is scored on
 * answers it has not seen, as it will be used.
 */
import type { TrainingItem } from './histories';

/**
 * Splits items (oldest first) at a day boundary so that about `share` of
 * them are in `test`; every test item is from a later day than every
 * training item. `test` is empty when all items are from one day.
 */
export function splitByDay(items: readonly TrainingItem[], share: number): { train: TrainingItem[]; test: TrainingItem[] } {
	if (items.length === 0) return { train: [], test: [] };
	const cutoffDay = items[Math.min(items.length - 1, Math.floor(items.length * (1 - share)))]!.day;
	let split = items.findIndex((item) => item.day >= cutoffDay);
	if (split === 0) split = items.findIndex((item) => item.day > cutoffDay);
	if (split < 0) return { train: [...items], test: [] };
	return { train: items.slice(0, split), test: items.slice(split) };
}

/**
 * Which items train and which initialise, by the reference optimizer's
 * rules (fsrs-rs `prepare_training_data`): the items that test a card's
 * initial stability (its first answer on a later day) are grouped by first
 * rating and interval; for each first rating, the rarest intervals (up to
 * 5% of that rating's items, at least 20) and any interval with fewer than
 * 6 items or beyond 100 days (365 after Easy) are outliers. Every item of a
 * card whose first interval is an outlier leaves the training set too.
 */
import { firstLongTermPosition, type CardHistory, type TrainingItem } from './histories';

export interface TrainingData {
	/** Items that set the initial stabilities (first interval of a card, not an outlier). */
	initialization: TrainingItem[];
	/** Every item that survives the outlier filter, oldest first. */
	train: TrainingItem[];
}

export function prepareTrainingData(histories: readonly CardHistory[], items: readonly TrainingItem[]): TrainingData {
	const groups = new Map<number, Map<number, TrainingItem[]>>();
	for (const item of items) {
		const history = histories[item.card]!;
		if (item.position !== firstLongTermPosition(history)) continue;
		const rating = history.ratings[0]!;
		const byDelta = groups.get(rating) ?? new Map<number, TrainingItem[]>();
		groups.set(rating, byDelta);
		const delta = history.deltas[item.position]!;
		const group = byDelta.get(delta);
		if (group) group.push(item);
		else byDelta.set(delta, [item]);
	}

	const removed = new Set<string>();
	const initialization: TrainingItem[] = [];
	for (const [rating, byDelta] of groups) {
		// Rarest first; among equally rare, shortest interval first.
		const ordered = [...byDelta].sort(([deltaA, a], [deltaB, b]) => a.length - b.length || deltaA - deltaB);
		const total = ordered.reduce((sum, [, group]) => sum + group.length, 0);
		const quota = Math.max(20, Math.floor(total / 20));
		const longest = rating === 4 ? 365 : 100;
		let removedCount = 0;
		for (const [delta, group] of ordered) {
			if (removedCount + group.length >= quota) {
				if (group.length >= 6 && delta <= longest) initialization.push(...group);
				else removed.add(`${rating}/${delta}`);
			} else {
				removedCount += group.length;
				removed.add(`${rating}/${delta}`);
			}
		}
	}

	const train = items.filter((item) => {
		const history = histories[item.card]!;
		return !removed.has(`${history.ratings[0]!}/${history.deltas[firstLongTermPosition(history)]!}`);
	});
	return { initialization, train };
}

/** Share of items answered Hard, Good or Easy. */
export function averageRecall(histories: readonly CardHistory[], items: readonly TrainingItem[]): number {
	if (items.length === 0) return 0;
	let recalled = 0;
	for (const item of items) if (histories[item.card]!.ratings[item.position]! > 1) recalled += 1;
	return recalled / items.length;
}

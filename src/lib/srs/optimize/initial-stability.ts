/**
 * The four initial stabilities (w0–w3) from how well each first rating's
 * cards were recalled at their first later review, by the reference's
 * method (fsrs-rs `initialize_stability_parameters`): for each first rating,
 * the stability whose forgetting curve best fits the recall per interval
 * (a ternary search on log loss with a small pull toward the default), then
 * ratings put in order and missing ones filled from the others.
 */
import { default_w, forgetting_curve, S_MIN } from 'ts-fsrs';
import type { CardHistory, TrainingItem } from './histories';

const INIT_S_MAX = 100;

interface IntervalRecall {
	delta: number;
	recall: number;
	count: number;
}

export interface InitialStability {
	stability: number[];
	/** Items per first rating that informed it. */
	ratingCounts: Map<number, number>;
}

function recallByInterval(histories: readonly CardHistory[], items: readonly TrainingItem[]): Map<number, IntervalRecall[]> {
	const sums = new Map<number, Map<number, { recalled: number; count: number }>>();
	for (const item of items) {
		const history = histories[item.card]!;
		const rating = history.ratings[0]!;
		const delta = history.deltas[item.position]!;
		const byDelta = sums.get(rating) ?? new Map();
		sums.set(rating, byDelta);
		const sum = byDelta.get(delta) ?? { recalled: 0, count: 0 };
		byDelta.set(delta, sum);
		sum.count += 1;
		if (history.ratings[item.position]! > 1) sum.recalled += 1;
	}
	const result = new Map<number, IntervalRecall[]>();
	for (const [rating, byDelta] of sums) {
		result.set(
			rating,
			[...byDelta]
				.map(([delta, { recalled, count }]) => ({ delta, recall: recalled / count, count }))
				.sort((a, b) => a.delta - b.delta),
		);
	}
	return result;
}

function fitLoss(data: readonly IntervalRecall[], averageRecall: number, stability: number, defaultStability: number): number {
	let loss = 0;
	for (const { delta, recall, count } of data) {
		// Each interval's recall is smoothed toward the learner's average by one pseudo-answer.
		const smoothed = (recall * count + averageRecall) / (count + 1);
		const predicted = forgetting_curve(default_w[20]!, delta, stability);
		loss -= (smoothed * Math.log(predicted) + (1 - smoothed) * Math.log(1 - predicted)) * count;
	}
	return loss + Math.abs(stability - defaultStability) / 16;
}

function searchStability(data: readonly IntervalRecall[], averageRecall: number, defaultStability: number): number {
	let low = S_MIN;
	let high = INIT_S_MAX;
	let best = defaultStability;
	for (let step = 0; high - low > Number.EPSILON && step < 1000; step += 1) {
		const third = (high - low) / 3;
		const left = low + third;
		const right = high - third;
		if (fitLoss(data, averageRecall, left, defaultStability) < fitLoss(data, averageRecall, right, defaultStability)) high = right;
		else low = left;
		best = (high + low) / 2;
	}
	return best;
}

/** null when no first rating has any data (the reference's "not enough data"). */
export function initialStability(
	histories: readonly CardHistory[],
	initialization: readonly TrainingItem[],
	averageRecall: number,
): InitialStability | null {
	const data = recallByInterval(histories, initialization);
	const ratingCounts = new Map<number, number>();
	const fitted = new Map<number, number>();
	for (const [rating, intervals] of data) {
		ratingCounts.set(rating, intervals.reduce((sum, interval) => sum + interval.count, 0));
		fitted.set(rating, searchStability(intervals, averageRecall, default_w[rating - 1]!));
	}
	const stability = smoothAndFill(fitted, ratingCounts);
	return stability ? { stability, ratingCounts } : null;
}

const W1 = 0.41;
const W2 = 0.54;

/**
 * Puts the stabilities of the ratings that have data in order (a worse
 * first rating never starts more stable; the rating with more data wins)
 * and fills the others with the reference's power-law interpolation.
 */
export function smoothAndFill(fitted: ReadonlyMap<number, number>, ratingCounts: ReadonlyMap<number, number>): number[] | null {
	const known = new Map([...fitted].filter(([rating]) => ratingCounts.has(rating)));
	for (const [small, big] of [[1, 2], [2, 3], [3, 4], [1, 3], [2, 4], [1, 4]] as const) {
		const smallValue = known.get(small);
		const bigValue = known.get(big);
		if (smallValue === undefined || bigValue === undefined || smallValue <= bigValue) continue;
		if ((ratingCounts.get(small) ?? 0) > (ratingCounts.get(big) ?? 0)) known.set(big, smallValue);
		else known.set(small, bigValue);
	}
	if (known.size === 0) return null;
	const s: (number | undefined)[] = [undefined, known.get(1), known.get(2), known.get(3), known.get(4)];
	const pow = Math.pow;
	if (known.size === 1) {
		const [rating, value] = [...known][0]!;
		const ratio = value / default_w[rating - 1]!;
		return clampAll(default_w.slice(0, 4).map((x) => x * ratio).sort((a, b) => a - b));
	}
	const [, r1, r2, r3, r4] = s;
	if (known.size === 2) {
		const span = W1 + W2 - W1 * W2;
		if (r3 !== undefined && r4 !== undefined) {
			s[2] = pow(r3, 1 / (1 - W2)) * pow(r4, 1 - 1 / (1 - W2));
			s[1] = pow(s[2]!, 1 / W1) * pow(r3, 1 - 1 / W1);
		} else if (r2 !== undefined && r4 !== undefined) {
			s[3] = pow(r2, 1 - W2) * pow(r4, W2);
			s[1] = pow(r2, 1 / W1) * pow(s[3]!, 1 - 1 / W1);
		} else if (r2 !== undefined && r3 !== undefined) {
			s[4] = pow(r2, 1 - 1 / W2) * pow(r3, 1 / W2);
			s[1] = pow(r2, 1 / W1) * pow(r3, 1 - 1 / W1);
		} else if (r1 !== undefined && r4 !== undefined) {
			s[2] = pow(r1, W1 / span) * pow(r4, 1 - W1 / span);
			s[3] = pow(r1, 1 - W2 / span) * pow(r4, W2 / span);
		} else if (r1 !== undefined && r3 !== undefined) {
			s[2] = pow(r1, W1) * pow(r3, 1 - W1);
			s[4] = pow(s[2]!, 1 - 1 / W2) * pow(r3, 1 / W2);
		} else if (r1 !== undefined && r2 !== undefined) {
			s[3] = pow(r1, 1 - 1 / (1 - W1)) * pow(r2, 1 / (1 - W1));
			s[4] = pow(r2, 1 - 1 / W2) * pow(s[3]!, 1 / W2);
		}
	} else if (known.size === 3) {
		if (r1 === undefined && r2 !== undefined && r3 !== undefined) s[1] = pow(r2, 1 / W1) * pow(r3, 1 - 1 / W1);
		else if (r2 === undefined && r1 !== undefined && r3 !== undefined) s[2] = pow(r1, W1) * pow(r3, 1 - W1);
		else if (r3 === undefined && r2 !== undefined && r4 !== undefined) s[3] = pow(r2, 1 - W2) * pow(r4, W2);
		else if (r4 === undefined && r2 !== undefined && r3 !== undefined) s[4] = pow(r2, 1 - 1 / W2) * pow(r3, 1 / W2);
	}
	return clampAll(s.slice(1).map((value) => value as number));
}

function clampAll(values: number[]): number[] {
	return values.map((value) => Math.min(Math.max(value, S_MIN), INIT_S_MAX));
}

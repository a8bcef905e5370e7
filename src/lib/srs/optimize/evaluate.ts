/**
 * How well parameters predict a set of answers, scored as the reference
 * scores them (fsrs-rs `evaluate`): log loss with recency weights, and RMSE
 * over bins of similar predictions (interval, number of reviews, lapses).
 * States come from ts-fsrs's own `next_state` and `forgetting_curve`.
 */
import { FSRSAlgorithm, generatorParameters, type FSRSState } from 'ts-fsrs';
import type { CardHistory, TrainingItem } from './histories';
import { recencyWeight } from './train';

export interface Evaluation {
	/** Mean log loss of the predicted recall (lower is better). */
	logLoss: number;
	/** Root mean square gap between predicted and actual recall across bins (lower is better), 0–1. */
	rmseBins: number;
	count: number;
}

const MIN_PROB = 1e-7;

function binKey(history: CardHistory, position: number): string {
	const delta = history.deltas[position]!;
	const deltaBin = Math.round(2.48 * Math.pow(3.62, Math.floor(Math.log(delta) / Math.log(3.62))) * 100);
	let longTerm = 0;
	let lapses = 0;
	for (let j = 1; j <= position; j += 1) {
		if (history.deltas[j]! > 0) longTerm += 1;
		if (j < position && history.ratings[j]! === 1 && history.deltas[j]! > 0) lapses += 1;
	}
	const length = longTerm + 1;
	const lengthBin = Math.round(1.99 * Math.pow(1.89, Math.floor(Math.log(length) / Math.log(1.89))));
	const lapseBin = lapses === 0 ? 0 : Math.round(1.65 * Math.pow(1.73, Math.floor(Math.log(lapses) / Math.log(1.73))));
	return `${deltaBin}/${lengthBin}/${lapseBin}`;
}

/** Predicted recall for every item, by card in one pass each. */
export function predictRecall(parameters: readonly number[], histories: readonly CardHistory[], items: readonly TrainingItem[]): Float64Array {
	const algorithm = new FSRSAlgorithm(generatorParameters({ w: [...parameters], enable_short_term: true }));
	const wanted = new Map<number, number[]>();
	items.forEach((item, index) => {
		const list = wanted.get(item.card);
		if (list) list.push(index);
		else wanted.set(item.card, [index]);
	});
	const predictions = new Float64Array(items.length);
	for (const [cardIndex, indices] of wanted) {
		const history = histories[cardIndex]!;
		indices.sort((a, b) => items[a]!.position - items[b]!.position);
		let state: FSRSState | null = null;
		let position = 0;
		for (const index of indices) {
			const target = items[index]!.position;
			for (; position < target; position += 1) {
				state = algorithm.next_state(state, history.deltas[position]!, history.ratings[position]!);
			}
			predictions[index] = algorithm.forgetting_curve(history.deltas[target]!, (state as FSRSState).stability);
		}
	}
	return predictions;
}

export function evaluate(parameters: readonly number[], histories: readonly CardHistory[], items: readonly TrainingItem[]): Evaluation {
	const predictions = predictRecall(parameters, histories, items);
	const bins = new Map<string, { predicted: number; actual: number; count: number; weight: number }>();
	let loss = 0;
	let weightSum = 0;
	items.forEach((item, index) => {
		const history = histories[item.card]!;
		const label = history.ratings[item.position]! > 1 ? 1 : 0;
		const weight = recencyWeight(index, items.length);
		const p = Math.min(Math.max(predictions[index]!, MIN_PROB), 1 - MIN_PROB);
		loss -= weight * (label ? Math.log(p) : Math.log(1 - p));
		weightSum += weight;
		const key = binKey(history, item.position);
		const bin = bins.get(key) ?? { predicted: 0, actual: 0, count: 0, weight: 0 };
		bins.set(key, bin);
		bin.predicted += predictions[index]!;
		bin.actual += label;
		bin.count += 1;
		bin.weight += weight;
	});
	let squared = 0;
	let binWeight = 0;
	for (const bin of bins.values()) {
		squared += ((bin.predicted - bin.actual) / bin.count) ** 2 * bin.weight;
		binWeight += bin.weight;
	}
	return { logLoss: loss / weightSum, rmseBins: Math.sqrt(squared / binWeight), count: items.length };
}

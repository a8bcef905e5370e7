/**
 * Gradient descent on FSRS-6's parameters with the reference optimizer's
 * recipe (fsrs-rs `train`): Adam, learning rate 0.04 on a cosine schedule,
 * 5 epochs of batches of about 512 predictions grouped by card, recency
 * weights (0.25 for the oldest item up to 1 for the newest, cubic), an L2
 * pull toward the starting parameters scaled by each parameter's spread
 * across learners, and the parameters clipped to their valid ranges after
 * every step (ts-fsrs's `clipParameters`, the reference's ranges). The
 * loss is summed over a batch's predictions, not averaged, so the pull
 * weighs less the more answers there are.
 */
import { clipParameters } from 'ts-fsrs';
import { createRandom, type Random } from '../../lab/random';
import type { CardHistory, TrainingItem } from './histories';
import { accumulateCard, GradientScratch, PARAMETER_COUNT, type CardReviews } from './memory-gradient';

/** How much each parameter varies between learners (the reference's PARAMS_STDDEV). */
const PARAMETER_SPREAD = [
	6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25, 1.03, 0.31, 0.32,
	0.14, 0.27,
];

export interface TrainOptions {
	epochs: number;
	batchSize: number;
	learningRate: number;
	/** Strength of the pull toward the starting parameters. */
	gamma: number;
	seed: number;
	/** Items with more answers than this are left out. */
	maxSequenceLength: number;
	/** Called after every batch with the share done (0–1). */
	onProgress?: (done: number) => void;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
	epochs: 5,
	batchSize: 512,
	learningRate: 0.04,
	gamma: 1,
	seed: 2023,
	maxSequenceLength: 256,
};

interface Batch {
	cards: CardReviews[];
	predictions: number;
}

/** Recency weight of the item at `index` of `count` (oldest first). */
export function recencyWeight(index: number, count: number): number {
	return 0.25 + 0.75 * Math.pow(index / Math.max(count - 1, 1), 3);
}

function trainingCards(histories: readonly CardHistory[], items: readonly TrainingItem[], maxSequenceLength: number): { cards: (CardReviews & { predictions: number })[]; total: number } {
	const weighted = new Map<number, { weights: Float64Array; last: number; predictions: number }>();
	items.forEach((item, index) => {
		const history = histories[item.card]!;
		let entry = weighted.get(item.card);
		if (!entry) {
			entry = { weights: new Float64Array(history.ratings.length), last: 0, predictions: 0 };
			weighted.set(item.card, entry);
		}
		entry.weights[item.position] = recencyWeight(index, items.length);
		if (item.position + 1 > maxSequenceLength) return;
		entry.last = Math.max(entry.last, item.position);
		entry.predictions += 1;
	});
	const cards: (CardReviews & { predictions: number })[] = [];
	let total = 0;
	for (const [cardIndex, entry] of weighted) {
		if (entry.predictions === 0) continue;
		const history = histories[cardIndex]!;
		const length = entry.last + 1;
		const weights = entry.weights.slice(0, length);
		for (let position = maxSequenceLength; position < length; position += 1) weights[position] = 0;
		cards.push({ ratings: history.ratings.subarray(0, length), deltas: history.deltas.subarray(0, length), weights, predictions: entry.predictions });
		total += entry.predictions;
	}
	return { cards, total };
}

/**
 * Cards in a random order, cut into batches of about `batchSize`
 * predictions. The reference sorts by length to save padding in its tensors;
 * without tensors there is nothing to save, and mixed batches are each a
 * fair sample of the log, which converges faster in the same 5 epochs.
 */
function batchesOf(cards: (CardReviews & { predictions: number })[], batchSize: number, random: Random): Batch[] {
	const ordered = random.shuffle([...cards]);
	const batches: Batch[] = [];
	let current: Batch = { cards: [], predictions: 0 };
	for (const card of ordered) {
		if (current.cards.length > 0 && current.predictions + card.predictions > batchSize) {
			batches.push(current);
			current = { cards: [], predictions: 0 };
		}
		current.cards.push(card);
		current.predictions += card.predictions;
	}
	if (current.cards.length > 0) batches.push(current);
	return batches;
}

/** Fits all 21 parameters to `items` (oldest first), starting from `initial`. */
export function trainParameters(
	histories: readonly CardHistory[],
	items: readonly TrainingItem[],
	initial: readonly number[],
	options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): number[] {
	const { cards, total } = trainingCards(histories, items, options.maxSequenceLength);
	const random = createRandom(options.seed);
	const batches = batchesOf(cards, options.batchSize, random);
	const steps = (Math.floor(total / options.batchSize) + 1) * options.epochs;
	const scratch = new GradientScratch();
	const gradient = new Float64Array(PARAMETER_COUNT);
	const first = new Float64Array(PARAMETER_COUNT);
	const second = new Float64Array(PARAMETER_COUNT);
	let parameters = [...initial];
	let step = 0;
	const batchCount = options.epochs * batches.length;
	for (let epoch = 0; epoch < options.epochs; epoch += 1) {
		const order = random.shuffle(batches.map((_, index) => index));
		for (const batchIndex of order) {
			const batch = batches[batchIndex]!;
			gradient.fill(0);
			const totals = { loss: 0, weight: 0 };
			for (const card of batch.cards) accumulateCard(parameters, card, totals, gradient, scratch);
			const pull = (options.gamma * batch.predictions) / total;
			for (let i = 0; i < PARAMETER_COUNT; i += 1) {
				gradient[i]! += (2 * (parameters[i]! - initial[i]!) * pull) / PARAMETER_SPREAD[i]! ** 2;
			}
			const rate = (options.learningRate * (1 + Math.cos((Math.PI * step) / steps))) / 2;
			step += 1;
			const bias1 = 1 - 0.9 ** step;
			const bias2 = 1 - 0.999 ** step;
			for (let i = 0; i < PARAMETER_COUNT; i += 1) {
				first[i] = 0.9 * first[i]! + 0.1 * gradient[i]!;
				second[i] = 0.999 * second[i]! + 0.001 * gradient[i]! * gradient[i]!;
				parameters[i]! -= (rate * (first[i]! / bias1)) / (Math.sqrt(second[i]! / bias2) + 1e-8);
			}
			parameters = clipParameters(parameters, 1, true);
			options.onProgress?.(step / batchCount);
		}
	}
	return parameters;
}

import { default_w, FSRSAlgorithm, generatorParameters, type FSRSState } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../lab/random';
import { accumulateCard, GradientScratch, PARAMETER_COUNT, type CardReviews } from './memory-gradient';

/** Random card histories with same-day steps, lapses and every rating. */
function randomCards(seed: number, count: number): CardReviews[] {
	const random = createRandom(seed);
	return Array.from({ length: count }, () => {
		const length = 2 + random.int(12);
		const ratings = new Uint8Array(length);
		const deltas = new Uint32Array(length);
		const weights = new Float64Array(length);
		for (let k = 0; k < length; k += 1) {
			ratings[k] = 1 + random.int(4);
			deltas[k] = k === 0 ? 0 : random.next() < 0.2 ? 0 : 1 + random.int(60);
			weights[k] = k > 0 && deltas[k]! > 0 ? 0.25 + random.next() : 0;
		}
		return { ratings, deltas, weights };
	});
}

const perturbed = (seed: number): number[] => {
	const random = createRandom(seed);
	// Keep each parameter inside its valid range while moving it off the default.
	return default_w.map((value, index) => (index === 4 || index === 16 ? value : value * (0.8 + 0.4 * random.next())));
};

function lossOf(w: readonly number[], cards: CardReviews[]): number {
	const totals = { loss: 0, weight: 0 };
	const scratch = new GradientScratch();
	const sink = new Float64Array(PARAMETER_COUNT);
	for (const card of cards) accumulateCard(w, card, totals, sink, scratch);
	return totals.loss;
}

describe('accumulateCard', () => {
	// ts-fsrs rounds its values to 8 decimals, so the two agree to about 1e-5 (relative), not exactly.
	it('computes the same retrievability as ts-fsrs at every scored review', () => {
		const w = perturbed(3);
		const algorithm = new FSRSAlgorithm(generatorParameters({ w, enable_short_term: true }));
		for (const card of randomCards(7, 200)) {
			let state: FSRSState | null = null;
			let expected = 0;
			for (let k = 0; k < card.ratings.length; k += 1) {
				if (state && card.weights[k]! > 0) {
					const r = Math.min(Math.max(algorithm.forgetting_curve(card.deltas[k]!, state.stability), 1e-7), 1 - 1e-7);
					expected -= card.weights[k]! * (card.ratings[k]! > 1 ? Math.log(r) : Math.log(1 - r));
				}
				state = algorithm.next_state(state, card.deltas[k]!, card.ratings[k]!);
			}
			expect(Math.abs(lossOf(w, [card]) - expected)).toBeLessThan(1e-4 * Math.max(1, expected));
		}
	});

	it('has the gradient that finite differences measure, for every parameter', () => {
		const w = perturbed(11);
		const cards = randomCards(5, 300);
		const gradient = new Float64Array(PARAMETER_COUNT);
		const totals = { loss: 0, weight: 0 };
		const scratch = new GradientScratch();
		for (const card of cards) accumulateCard(w, card, totals, gradient, scratch);
		for (let i = 0; i < PARAMETER_COUNT; i += 1) {
			const h = 1e-6 * Math.max(1, Math.abs(w[i]!));
			const up = [...w];
			const down = [...w];
			up[i]! += h;
			down[i]! -= h;
			const numeric = (lossOf(up, cards) - lossOf(down, cards)) / (2 * h);
			expect(gradient[i], `w${i}`).toBeCloseTo(numeric, Math.abs(numeric) > 10 ? 1 : 3);
		}
	});
});

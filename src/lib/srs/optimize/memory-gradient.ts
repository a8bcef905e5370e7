/**
 * FSRS-6's memory model run forward over one card's reviews, carrying the
 * derivative of stability and difficulty with respect to all 21 parameters
 * (forward-mode differentiation, written out by hand). One pass over a card
 * yields the loss and gradient of every prediction made for it, so training
 * costs O(reviews × 21) per epoch with no autodiff library in the worker.
 *
 * The formulas are FSRS-6 as ts-fsrs and the reference optimizer compute
 * them (the tests check every state against ts-fsrs's `next_state` and every
 * derivative against finite differences). Clamps stop the gradient outside
 * their range, as the reference's do.
 */
import { S_MAX, S_MIN } from 'ts-fsrs';

export const PARAMETER_COUNT = 21;
const D_MIN = 1;
const D_MAX = 10;
const MIN_PROB = 1e-7;
const MAX_PROB = 1 - 1e-7;
const LN_09 = Math.log(0.9);

/** One card's reviews in order: ratings 1–4 and whole days since the previous review (0 for the first). */
export interface CardReviews {
	ratings: Uint8Array;
	deltas: Uint32Array;
	/** Weight of the prediction made at each review (0: not a training target). */
	weights: Float64Array;
}

/** Reusable buffers, so a training epoch allocates nothing. */
export class GradientScratch {
	readonly dS = new Float64Array(PARAMETER_COUNT);
	readonly dD = new Float64Array(PARAMETER_COUNT);
	readonly dR = new Float64Array(PARAMETER_COUNT);
	readonly dNext = new Float64Array(PARAMETER_COUNT);
	readonly dTemp = new Float64Array(PARAMETER_COUNT);
}

export interface LossTotals {
	/** Σ weight × log loss. */
	loss: number;
	/** Σ weight. */
	weight: number;
}

function initDifficulty(w: ArrayLike<number>, rating: number): number {
	return w[4]! - Math.exp(w[5]! * (rating - 1)) + 1;
}

/** Adds d(initDifficulty(rating))/dw to `into` times `scale`. */
function addInitDifficultyGradient(w: ArrayLike<number>, rating: number, scale: number, into: Float64Array): void {
	into[4]! += scale;
	into[5]! -= scale * (rating - 1) * Math.exp(w[5]! * (rating - 1));
}

/**
 * Adds the weighted log loss of every target review of `card` to `totals`
 * and its gradient to `gradient` (both unnormalised sums).
 */
export function accumulateCard(
	w: ArrayLike<number>,
	card: CardReviews,
	totals: LossTotals,
	gradient: Float64Array,
	scratch: GradientScratch,
): void {
	const { ratings, deltas, weights } = card;
	const { dS, dD, dR, dNext, dTemp } = scratch;
	const decay = -w[20]!;
	const base = Math.exp(LN_09 / decay);
	const factor = base - 1;
	// d factor / d w20 (decay = -w20).
	const dFactorW20 = (base * LN_09) / (decay * decay);

	dS.fill(0);
	dD.fill(0);
	const first = ratings[0]!;
	let s = w[first - 1]!;
	if (s < S_MIN || s > S_MAX) s = Math.min(Math.max(s, S_MIN), S_MAX);
	else dS[first - 1] = 1;
	let d = initDifficulty(w, first);
	if (d < D_MIN || d > D_MAX) d = Math.min(Math.max(d, D_MIN), D_MAX);
	else addInitDifficultyGradient(w, first, 1, dD);

	for (let k = 1; k < ratings.length; k += 1) {
		const t = deltas[k]!;
		const g = ratings[k]!;

		// Retrievability R = (1 + factor·t/S)^decay and dR.
		const u = 1 + (factor * t) / s;
		const lnU = Math.log(u);
		const r = Math.exp(decay * lnU);
		const dLnRdS = (decay / u) * ((-factor * t) / (s * s));
		for (let i = 0; i < PARAMETER_COUNT; i += 1) dR[i] = r * dLnRdS * dS[i]!;
		dR[20]! += r * (-lnU + (decay / u) * (t / s) * dFactorW20);

		const weight = weights[k]!;
		if (weight > 0) {
			const label = g > 1 ? 1 : 0;
			const p = Math.min(Math.max(r, MIN_PROB), MAX_PROB);
			totals.loss -= weight * (label ? Math.log(p) : Math.log(1 - p));
			totals.weight += weight;
			if (r > MIN_PROB && r < MAX_PROB) {
				const dLossdR = weight * (label ? -1 / p : 1 / (1 - p));
				for (let i = 0; i < PARAMETER_COUNT; i += 1) gradient[i]! += dLossdR * dR[i]!;
			}
		}

		// Stability after this review (from the difficulty before it), into dNext.
		let nextS: number;
		if (t === 0) {
			const sinc = Math.exp(w[17]! * (g - 3 + w[18]!)) * Math.pow(s, -w[19]!);
			if (g >= 2 && sinc < 1) {
				nextS = s;
				dNext.set(dS);
			} else {
				nextS = s * sinc;
				const lnS = Math.log(s);
				for (let i = 0; i < PARAMETER_COUNT; i += 1) dNext[i] = sinc * dS[i]! - nextS * w[19]! * (dS[i]! / s);
				dNext[17]! += nextS * (g - 3 + w[18]!);
				dNext[18]! += nextS * w[17]!;
				dNext[19]! -= nextS * lnS;
			}
		} else if (g === 1) {
			const power = Math.pow(s + 1, w[13]!);
			const forget = w[11]! * Math.pow(d, -w[12]!) * (power - 1) * Math.exp((1 - r) * w[14]!);
			const floorS = s / Math.exp(w[17]! * w[18]!);
			if (floorS < forget) {
				nextS = floorS;
				for (let i = 0; i < PARAMETER_COUNT; i += 1) dNext[i] = floorS * (dS[i]! / s);
				dNext[17]! -= floorS * w[18]!;
				dNext[18]! -= floorS * w[17]!;
			} else {
				nextS = forget;
				const lnD = Math.log(d);
				const lnS1 = Math.log(s + 1);
				for (let i = 0; i < PARAMETER_COUNT; i += 1) {
					const dPower = power * w[13]! * (dS[i]! / (s + 1));
					dNext[i] = forget * (-w[12]! * (dD[i]! / d) + dPower / (power - 1) - w[14]! * dR[i]!);
				}
				dNext[11]! += forget / w[11]!;
				dNext[12]! -= forget * lnD;
				dNext[13]! += (forget * power * lnS1) / (power - 1);
				dNext[14]! += forget * (1 - r);
			}
		} else {
			const hard = g === 2 ? w[15]! : 1;
			const easy = g === 4 ? w[16]! : 1;
			const growth = Math.exp(w[8]!) * (11 - d) * Math.pow(s, -w[9]!);
			const e = Math.exp((1 - r) * w[10]!);
			const k1 = growth * (e - 1);
			const bonus = hard * easy;
			nextS = s * (1 + k1 * bonus);
			const lnS = Math.log(s);
			for (let i = 0; i < PARAMETER_COUNT; i += 1) {
				const dGrowth = growth * (-dD[i]! / (11 - d) - w[9]! * (dS[i]! / s));
				const dE = e * -w[10]! * dR[i]!;
				const dK = dGrowth * (e - 1) + growth * dE;
				dNext[i] = dS[i]! * (1 + k1 * bonus) + s * dK * bonus;
			}
			dNext[8]! += s * k1 * bonus;
			dNext[9]! -= s * k1 * bonus * lnS;
			dNext[10]! += s * growth * e * (1 - r) * bonus;
			if (g === 2) dNext[15]! += s * k1 * easy;
			if (g === 4) dNext[16]! += s * k1 * hard;
		}
		// Difficulty: linear damping, then mean reversion toward D0(4), clamped.
		const deltaD = -w[6]! * (g - 3);
		const damped = d + ((10 - d) * deltaD) / 9;
		const d04 = initDifficulty(w, 4);
		let nextD = w[7]! * (d04 - damped) + damped;
		// dDamped = dD·(1 − deltaD/9) + (10−D)/9·dDeltaD, with dDeltaD = −(g−3)·e6.
		for (let i = 0; i < PARAMETER_COUNT; i += 1) dTemp[i] = dD[i]! * (1 - deltaD / 9);
		dTemp[6]! += ((10 - d) / 9) * -(g - 3);
		const nextDClamped = nextD < D_MIN || nextD > D_MAX;
		if (!nextDClamped) {
			for (let i = 0; i < PARAMETER_COUNT; i += 1) dD[i] = (1 - w[7]!) * dTemp[i]!;
			dD[7]! += d04 - damped;
			addInitDifficultyGradient(w, 4, w[7]!, dD);
		}

		if (nextS < S_MIN || nextS > S_MAX) {
			nextS = Math.min(Math.max(nextS, S_MIN), S_MAX);
			dNext.fill(0);
		}
		s = nextS;
		dS.set(dNext);
		if (nextDClamped) {
			nextD = Math.min(Math.max(nextD, D_MIN), D_MAX);
			dD.fill(0);
		}
		d = nextD;
	}
}

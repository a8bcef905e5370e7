import type { Curve, ExperimentPlan, Method } from './plan.ts';

/**
 * Turns raw curves into what the lab shows and judges: means over seeds,
 * the gain of transfer over training from scratch, and the outcome class
 * a learner's prediction is checked against.
 */
export interface Cell {
	method: Method;
	amount: number;
	/** Final validation accuracy of each seed, in seed order. */
	finals: number[];
	mean: number;
}

export function finalAccuracy(curve: Curve): number {
	return curve.accuracies.at(-1) ?? 0;
}

const mean = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;

/** One cell per (method, amount) with at least one finished curve, ordered by amount then method order of appearance. */
export function summarize(curves: readonly Curve[], epochs: number): Cell[] {
	const cells = new Map<string, Cell>();
	for (const curve of curves) {
		if (curve.accuracies.length < epochs) continue;
		const key = `${curve.method}@${curve.amount}`;
		const cell = cells.get(key) ?? { method: curve.method, amount: curve.amount, finals: [], mean: 0 };
		cell.finals.push(finalAccuracy(curve));
		cell.mean = mean(cell.finals);
		cells.set(key, cell);
	}
	return [...cells.values()].sort((a, b) => a.amount - b.amount);
}

/** How many of a plan's runs (one per method, amount and seed) trained every epoch, of how many it has. */
export interface RunCount {
	finished: number;
	planned: number;
}

export function runCount(plan: ExperimentPlan, curves: readonly Curve[]): RunCount {
	return {
		finished: curves.filter((curve) => curve.accuracies.length >= plan.epochs).length,
		planned: plan.methods.length * plan.amounts.length * plan.seeds.length,
	};
}

/** Mean validation accuracy per epoch over the seeds of one (method, amount); shorter (cancelled) curves count where they exist. */
export function meanCurve(curves: readonly Curve[], method: Method, amount: number): number[] {
	const chosen = curves.filter((c) => c.method === method && c.amount === amount);
	const length = Math.max(0, ...chosen.map((c) => c.accuracies.length));
	return Array.from({ length }, (_, epoch) => mean(chosen.flatMap((c) => (epoch < c.accuracies.length ? [c.accuracies[epoch] as number] : []))));
}

/**
 * Feature extraction's mean final accuracy minus training from scratch's,
 * averaged over the amounts where both finished; undefined if none did.
 */
export function transferGain(cells: readonly Cell[]): number | undefined {
	const gains: number[] = [];
	for (const transfer of cells.filter((c) => c.method === 'linear-probe')) {
		const scratch = cells.find((c) => c.method === 'scratch' && c.amount === transfer.amount);
		if (scratch) gains.push(transfer.mean - scratch.mean);
	}
	return gains.length ? mean(gains) : undefined;
}

/** Five points: below that, three seeds and a 150-image validation set cannot tell methods apart reliably. */
export const CLEAR_GAIN = 0.05;

export const OUTCOMES = ['transfer-wins', 'no-difference', 'scratch-wins'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export function outcomeOf(gain: number): Outcome {
	if (gain >= CLEAR_GAIN) return 'transfer-wins';
	if (gain <= -CLEAR_GAIN) return 'scratch-wins';
	return 'no-difference';
}

import { describe, expect, it } from 'vitest';
import type { Curve, ExperimentPlan } from './plan.ts';
import { meanCurve, outcomeOf, runCount, summarize, transferGain } from './summary.ts';

const curve = (method: Curve['method'], amount: number, seed: number, accuracies: number[]): Curve => ({ method, amount, seed, accuracies });

const curves: Curve[] = [
	curve('linear-probe', 20, 1, [0.3, 0.6]),
	curve('linear-probe', 20, 2, [0.4, 0.5]),
	curve('scratch', 20, 1, [0.2, 0.4]),
	curve('scratch', 20, 2, [0.2, 0.5]),
	curve('linear-probe', 50, 1, [0.5, 0.7]),
	curve('scratch', 50, 1, [0.6, 0.7]),
	// Cancelled after one epoch: not a finished run, so not in the summary.
	curve('fine-tune-all', 50, 1, [0.9]),
];

describe('summarize', () => {
	it('averages final accuracies per (method, amount) over seeds, skipping unfinished runs', () => {
		const cells = summarize(curves, 2);
		expect(cells.map((c) => [c.method, c.amount, c.finals, Number(c.mean.toFixed(3))])).toEqual([
			['linear-probe', 20, [0.6, 0.5], 0.55],
			['scratch', 20, [0.4, 0.5], 0.45],
			['linear-probe', 50, [0.7], 0.7],
			['scratch', 50, [0.7], 0.7],
		]);
	});
});

describe('runCount', () => {
	it('counts the runs that trained every epoch against one run per method, amount and seed', () => {
		const plan: ExperimentPlan = { task: 'letters', input: 'original', amounts: [20, 50], methods: ['linear-probe', 'scratch', 'fine-tune-all'], seeds: [1, 2, 3], epochs: 2, validationSize: 150 };
		expect(runCount(plan, curves)).toEqual({ finished: 6, planned: 18 });
		expect(runCount(plan, [])).toEqual({ finished: 0, planned: 18 });
	});
});

describe('transferGain and outcomeOf', () => {
	it('averages feature extraction minus scratch over amounts', () => {
		expect(transferGain(summarize(curves, 2))).toBeCloseTo(0.05, 10);
	});

	it('is undefined when the two methods were not both run', () => {
		expect(transferGain(summarize(curves.filter((c) => c.method !== 'scratch'), 2))).toBeUndefined();
	});

	it('classes gains at the five-point threshold', () => {
		expect(outcomeOf(0.05)).toBe('transfer-wins');
		expect(outcomeOf(0.049)).toBe('no-difference');
		expect(outcomeOf(-0.049)).toBe('no-difference');
		expect(outcomeOf(-0.05)).toBe('scratch-wins');
	});
});

describe('meanCurve', () => {
	it('averages per epoch over seeds', () => {
		expect(meanCurve(curves, 'linear-probe', 20).map((v) => Number(v.toFixed(3)))).toEqual([0.35, 0.55]);
		expect(meanCurve(curves, 'fine-tune-all', 50)).toEqual([0.9]);
		expect(meanCurve(curves, 'fine-tune-all', 20)).toEqual([]);
	});
});

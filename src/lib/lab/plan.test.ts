import { describe, expect, it } from 'vitest';
import { inPlanOrder, jobsForShare, shareEpochs, type Curve, type ExperimentPlan } from './plan.ts';

const plan: ExperimentPlan = { task: 'letters', input: 'original', amounts: [20, 50], methods: ['linear-probe', 'scratch'], seeds: [1, 2, 3], epochs: 20, validationSize: 150 };

describe('jobsForShare', () => {
	it('splits the jobs into disjoint shares that together are the whole plan, in plan order', () => {
		const first = jobsForShare(plan, { index: 0, count: 2 });
		const second = jobsForShare(plan, { index: 1, count: 2 });
		const key = (job: { amount: number; seed: number }) => `${job.amount}/${job.seed}`;
		expect([...first, ...second].map(key).sort()).toEqual(['20/1', '20/2', '20/3', '50/1', '50/2', '50/3']);
		expect(first.map(key).filter((k) => second.map(key).includes(k))).toEqual([]);
		expect(jobsForShare(plan, { index: 0, count: 1 }).map(key)).toEqual(['20/1', '20/2', '20/3', '50/1', '50/2', '50/3']);
	});

	it('balances the work: each of two shares gets one or two of the large jobs', () => {
		const large = (index: number) => jobsForShare(plan, { index, count: 2 }).filter((job) => job.amount === 50).length;
		expect([large(0), large(1)].sort()).toEqual([1, 2]);
		expect(shareEpochs(plan, { index: 0, count: 2 }) + shareEpochs(plan, { index: 1, count: 2 })).toBe(6 * 2 * 20);
	});

	it('rejects a share outside the count', () => {
		expect(() => jobsForShare(plan, { index: 2, count: 2 })).toThrow(/index must be a whole number from 0 to count - 1, got 2 of 2/);
	});
});

describe('inPlanOrder', () => {
	it('orders curves by amount, seed, then method, whatever order they arrived in', () => {
		const curve = (method: Curve['method'], amount: number, seed: number): Curve => ({ method, amount, seed, accuracies: [] });
		const arrived = [curve('scratch', 50, 1), curve('linear-probe', 20, 2), curve('linear-probe', 50, 1), curve('scratch', 20, 2)];
		expect(inPlanOrder(plan, arrived).map((c) => `${c.amount}/${c.seed}/${c.method}`)).toEqual(['20/2/linear-probe', '20/2/scratch', '50/1/linear-probe', '50/1/scratch']);
	});
});

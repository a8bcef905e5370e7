import { describe, expect, it } from 'vitest';
import { METHODS, type Method } from '../lab/plan.ts';
import { crossover, largestLead, MARGIN } from './crossovers.ts';
import { fixtureEvidence } from './test-helpers.ts';

const reference = METHODS.find((method) => method !== 'scratch') as Method;
const amounts = [10, 20, 50, 100, 200];

/** Scratch's and the reference's mean accuracy per amount; each has two seeds, 0.02 either side of its mean. */
function data(scratch: number[], other: number[]) {
	return fixtureEvidence((_variant, method, amount, seed) => {
		const means = method === 'scratch' ? scratch : other;
		return (means[amounts.indexOf(amount)] as number) + (seed === 0 ? -0.02 : 0.02);
	}, amounts);
}

describe('crossover', () => {
	const catchesUp = { variant: 'holds', method: 'scratch', reference, by: -MARGIN } as const;

	it('finds the smallest amount from which scratch stays within the margin', () => {
		const found = crossover(data([0.2, 0.3, 0.5, 0.75, 0.9], [0.4, 0.5, 0.7, 0.8, 0.92]), catchesUp);
		expect(found).toEqual({ amount: 100, below: 50, gap: expect.closeTo(-0.05) });
	});

	it('ignores a catch-up that does not last', () => {
		const found = crossover(data([0.2, 0.5, 0.5, 0.7, 0.9], [0.4, 0.5, 0.7, 0.8, 0.92]), catchesUp);
		expect(found?.amount).toBe(200);
	});

	it('has no amount below when it holds from the smallest, and none at all when the largest fails', () => {
		expect(crossover(data([0.5, 0.5, 0.5, 0.5, 0.5], [0.4, 0.4, 0.4, 0.4, 0.4]), catchesUp)).toEqual({ amount: 10, below: undefined, gap: expect.closeTo(0.1) });
		expect(crossover(data([0.5, 0.5, 0.5, 0.5, 0.5], [0.4, 0.4, 0.4, 0.4, 0.6]), catchesUp)).toBeUndefined();
	});

	it('needs the full margin to count as overtaking', () => {
		const overtakes = { variant: 'holds', method: 'scratch', reference, by: MARGIN } as const;
		expect(crossover(data([0.3, 0.3, 0.3, 0.3, 0.54], [0.4, 0.4, 0.4, 0.4, 0.5]), overtakes)).toBeUndefined();
		expect(crossover(data([0.3, 0.3, 0.3, 0.3, 0.55], [0.4, 0.4, 0.4, 0.4, 0.5]), overtakes)?.amount).toBe(200);
	});
});

describe('largestLead', () => {
	it('gives the amount of the largest gap, negative when the method never leads', () => {
		expect(largestLead(data([0.2, 0.3, 0.5, 0.75, 0.9], [0.4, 0.55, 0.7, 0.8, 0.92]), 'holds', reference, 'scratch')).toEqual({ amount: 20, gap: expect.closeTo(0.25) });
		expect(largestLead(data([0.5, 0.5, 0.5, 0.5, 0.5], [0.4, 0.45, 0.4, 0.4, 0.4]), 'holds', reference, 'scratch').gap).toBeCloseTo(-0.05);
	});
});

import { describe, expect, it } from 'vitest';
import { CLOSENESS, DATA_SIZES, GATES, layersChanged, recommend, type Closeness } from './decision-guide';
import { METHOD_IDS } from './methods';

const reusing: Closeness[] = ['close', 'different'];

describe('the decision guide', () => {
	it('ends in one of the four methods everywhere, and reaches each of them', () => {
		const reached = new Set([...GATES.map((gate) => gate.whenNot), ...CLOSENESS.flatMap((c) => DATA_SIZES.map((s) => recommend(c, s).method))]);
		expect([...reached].sort()).toEqual([...METHOD_IDS].sort());
	});

	it('lets more layers change when B has more data', () => {
		for (const closeness of reusing) {
			const little = recommend(closeness, 'little').method;
			const more = recommend(closeness, 'more').method;
			if (little === 'scratch' || more === 'scratch') throw new Error(`${closeness}: reuses nothing`);
			expect(layersChanged(more)).toBeGreaterThan(layersChanged(little));
		}
	});

	it('lets at least as many layers change when B is further from A', () => {
		for (const size of DATA_SIZES) {
			const close = recommend('close', size).method;
			const different = recommend('different', size).method;
			if (close === 'scratch' || different === 'scratch') throw new Error(`${size}: reuses nothing`);
			expect(layersChanged(different)).toBeGreaterThanOrEqual(layersChanged(close));
		}
	});

	it('probes an earlier layer only when B looks different and has little data', () => {
		const earlier = CLOSENESS.flatMap((c) => DATA_SIZES.filter((s) => recommend(c, s).earlierLayer).map((s) => `${c}/${s}`));
		expect(earlier).toEqual(['different/little']);
	});

	it('trains from scratch when A has nothing B can use, whatever the size', () => {
		for (const size of DATA_SIZES) expect(recommend('unrelated', size).method).toBe('scratch');
		expect(GATES.map((gate) => [gate.id, gate.whenNot])).toEqual([
			['input', 'scratch'],
			['data', 'scratch'],
		]);
	});
});

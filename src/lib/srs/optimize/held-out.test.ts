import { describe, expect, it } from 'vitest';
import type { TrainingItem } from './histories';
import { splitByDay } from './held-out';

const item = (day: number, at: number): TrainingItem => ({ card: 0, position: 1, day, at });

describe('splitByDay', () => {
	it('keeps back about the newest share, cut at a day boundary', () => {
		const items = Array.from({ length: 100 }, (_, index) => item(Math.floor(index / 7), index));
		const { train, test } = splitByDay(items, 0.2);
		expect(train.length + test.length).toBe(100);
		expect(test.length).toBeGreaterThanOrEqual(15);
		expect(test.length).toBeLessThanOrEqual(25);
		expect(Math.max(...train.map((entry) => entry.day))).toBeLessThan(Math.min(...test.map((entry) => entry.day)));
	});

	it('has nothing to hold back when every item is from one day', () => {
		const { train, test } = splitByDay([item(5, 1), item(5, 2)], 0.2);
		expect(train).toHaveLength(2);
		expect(test).toHaveLength(0);
	});
});

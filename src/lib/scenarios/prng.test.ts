import { describe, expect, it } from 'vitest';
import { hashString, mulberry32, pick, shuffled } from './prng';

describe('mulberry32', () => {
	it('repeats its sequence for the same seed and differs for another', () => {
		const a = mulberry32(42);
		const b = mulberry32(42);
		const c = mulberry32(43);
		const seqA = Array.from({ length: 5 }, a);
		expect(Array.from({ length: 5 }, b)).toEqual(seqA);
		expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
	});

	it('stays in [0, 1) and spreads over the interval', () => {
		const random = mulberry32(7);
		const buckets = new Array<number>(10).fill(0);
		for (let i = 0; i < 10_000; i++) {
			const x = random();
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThan(1);
			buckets[Math.floor(x * 10)]!++;
		}
		for (const count of buckets) expect(count).toBeGreaterThan(800);
	});
});

describe('helpers', () => {
	it('hashes strings to distinct unsigned integers', () => {
		expect(hashString('transfer-learning/scenario')).not.toBe(hashString('transfer-learning/scenario2'));
		expect(hashString('x')).toBeGreaterThanOrEqual(0);
	});

	it('shuffles into a permutation and picks members', () => {
		const random = mulberry32(1);
		const items = [1, 2, 3, 4, 5, 6];
		expect([...shuffled(random, items)].sort()).toEqual(items);
		expect(items).toContain(pick(random, items));
		expect(() => pick(random, [])).toThrow(/empty/);
	});
});

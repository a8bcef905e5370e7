import { describe, expect, it } from 'vitest';
import { createRandom, mixSeed } from './random.ts';

describe('createRandom', () => {
	it('repeats the same sequence for the same seed and differs for another', () => {
		const a = createRandom(42);
		const b = createRandom(42);
		const c = createRandom(43);
		const seqA = Array.from({ length: 20 }, () => a.next());
		expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
		expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
	});

	it('stays in range and shuffles into a permutation', () => {
		const random = createRandom(7);
		for (let i = 0; i < 1000; i++) {
			const value = random.next();
			expect(value).toBeGreaterThanOrEqual(0);
			expect(value).toBeLessThan(1);
			expect(random.int(5)).toBeLessThan(5);
		}
		const shuffled = random.shuffle(Array.from({ length: 50 }, (_, i) => i));
		expect([...shuffled].sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i));
		expect(shuffled).not.toEqual(Array.from({ length: 50 }, (_, i) => i));
	});

	it('rejects a seed that is not a number', () => {
		expect(() => createRandom(Number.NaN)).toThrow(/seed must be a finite number/);
	});
});

describe('mixSeed', () => {
	it('gives different seeds for different parts and the same for the same', () => {
		expect(mixSeed(1, 20)).toBe(mixSeed(1, 20));
		expect(mixSeed(1, 20)).not.toBe(mixSeed(2, 20));
		expect(mixSeed(1, 20)).not.toBe(mixSeed(20, 1));
	});
});

import { describe, expect, it } from 'vitest';
import { lastNotAfter } from './sorted-search';

describe('lastNotAfter', () => {
	it('finds the last element not after the value, for numbers and ISO strings', () => {
		expect(lastNotAfter([0, 10, 20, 30], 0)).toBe(0);
		expect(lastNotAfter([0, 10, 20, 30], 15)).toBe(1);
		expect(lastNotAfter([0, 10, 20, 30], 20)).toBe(2);
		expect(lastNotAfter([0, 10, 20, 30], 99)).toBe(3);
		expect(lastNotAfter(['2026-01-01', '2026-01-02', '2026-01-03'], '2026-01-02T12:00')).toBe(1);
	});
});

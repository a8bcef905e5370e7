import { describe, expect, it } from 'vitest';
import { balanceRange, countByDay, lightestInterval } from './due-balance';

describe('balanceRange', () => {
	it("is ts-fsrs's fuzz range, and nothing for intervals too short to fuzz", () => {
		expect(balanceRange(2, 1, 36500)).toBeUndefined();
		expect(balanceRange(3, 1, 36500)).toEqual({ shortest: 2, longest: 4 });
		expect(balanceRange(100, 40, 36500)).toEqual({ shortest: 93, longest: 107 });
		expect(balanceRange(100, 40, 101)).toEqual({ shortest: 93, longest: 101 });
	});
});

describe('lightestInterval', () => {
	const range = { shortest: 8, longest: 12 };
	it('picks the day with the fewest cards due, the nearest to the interval among equals (earlier first)', () => {
		expect(lightestInterval(10, range, (days) => ({ 8: 1, 9: 4, 10: 5, 11: 4, 12: 1 })[days] ?? 0)).toBe(8);
		expect(lightestInterval(10, range, () => 3)).toBe(10);
		expect(lightestInterval(10, range, (days) => (days === 10 ? 2 : 1))).toBe(9);
		expect(lightestInterval(10, { shortest: 10, longest: 12 }, (days) => (days === 12 ? 0 : 1))).toBe(12);
	});
});

describe('countByDay', () => {
	it('counts instants per day, the day starts included and the end left out', () => {
		const starts = ['2025-01-02T04:00:00.000Z', '2025-01-03T04:00:00.000Z', '2025-01-04T04:00:00.000Z', '2025-01-05T04:00:00.000Z'];
		const dues = ['2025-01-02T03:59:59.999Z', '2025-01-02T04:00:00.000Z', '2025-01-03T12:00:00.000Z', '2025-01-03T13:00:00.000Z', '2025-01-05T03:59:59.999Z', '2025-01-05T04:00:00.000Z'];
		expect(countByDay(dues, starts)).toEqual([1, 2, 1]);
		expect(countByDay(dues, [])).toEqual([]);
	});
});

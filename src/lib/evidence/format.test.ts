import { describe, expect, it } from 'vitest';
import { evidenceFormat } from './format.ts';

describe('evidenceFormat', () => {
	it('formats with the page locale', () => {
		const en = evidenceFormat('en');
		const tr = evidenceFormat('tr');
		expect([en.percent(0.6567), en.accuracy(0.6567), en.accuracy(1), en.tickPercent(0.75), en.count(1000)]).toEqual(['65.7%', '65.7', '100.0', '75%', '1,000']);
		expect([tr.percent(0.6567), tr.accuracy(0.6567), tr.accuracy(1), tr.tickPercent(0.75), tr.count(1000)]).toEqual(['%65,7', '65,7', '100,0', '%75', '1.000']);
	});

	it('formats a citation by its unit', () => {
		const tr = evidenceFormat('tr');
		expect(tr.citation({ value: 16.9, unit: 'points' })).toBe('16,9');
		expect(tr.citation({ value: 5, unit: 'points' })).toBe('5');
		expect(tr.citation({ value: 1000, unit: 'images' })).toBe('1.000');
		expect(tr.citation({ value: 0.931, unit: 'percent' })).toBe('%93,1');
	});
});

import { describe, expect, it } from 'vitest';
import { foldCase, foldWithOrigin } from './fold';

describe('foldCase', () => {
	it('folds Turkish I to ı and İ to i', () => {
		expect(foldCase('IŞIK', 'tr')).toBe('ışık');
		expect(foldCase('İNCE AYAR', 'tr')).toBe('ince ayar');
		expect(foldCase('Işık', 'tr')).not.toBe(foldCase('İşik', 'tr'));
	});

	it('folds English I to i', () => {
		expect(foldCase('IMAGE', 'en')).toBe('image');
	});

	it('composes decomposed letters first, so ö typed two ways folds alike', () => {
		expect(foldCase('o\u0308', 'tr')).toBe('ö');
	});
});

describe('foldWithOrigin', () => {
	it('maps each folded unit back to its offset in the original', () => {
		// In English, İ folds to two units (i + combining dot): offsets must still line up.
		const { folded, originOf } = foldWithOrigin('xİy', 'en');
		expect(folded).toBe('xi\u0307y');
		expect([0, 1, 2, 3, 4].map(originOf)).toEqual([0, 1, 1, 2, 3]);
	});

	it('keeps the length for Turkish', () => {
		const { folded, originOf } = foldWithOrigin('İNCE', 'tr');
		expect(folded).toBe('ince');
		expect([0, 1, 2, 3, 4].map(originOf)).toEqual([0, 1, 2, 3, 4]);
	});
});

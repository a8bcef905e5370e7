import { describe, expect, it } from 'vitest';
import { interpolate } from './interpolate';

describe('interpolate', () => {
	it('fills every placeholder', () => {
		expect(interpolate('{{count}} cards in {{deck}}', { count: 3, deck: 'Dropout' })).toBe('3 cards in Dropout');
	});

	it('throws on a missing value instead of showing the placeholder', () => {
		expect(() => interpolate('{{count}} cards', {})).toThrow(/count/);
	});
});

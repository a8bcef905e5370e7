import { describe, expect, it } from 'vitest';
import { formatInterval } from './format-interval';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatInterval', () => {
	it('writes English labels', () => {
		expect(formatInterval(10 * MINUTE, 'en')).toBe('10 min');
		expect(formatInterval(5 * HOUR, 'en')).toBe('5 hr');
		expect(formatInterval(3 * DAY, 'en')).toBe('3 days');
		expect(formatInterval(61 * DAY, 'en')).toBe('2 mths');
		expect(formatInterval(548 * DAY, 'en')).toBe('1.5 yrs');
	});

	it('writes Turkish labels with a decimal comma', () => {
		expect(formatInterval(10 * MINUTE, 'tr')).toBe('10 dk.');
		expect(formatInterval(3 * DAY, 'tr')).toBe('3 gün');
		expect(formatInterval(76 * DAY, 'tr')).toBe('2,5 ay');
	});

	it("follows the language tag's script and region, which a locale code alone does not carry", () => {
		expect(formatInterval(MINUTE, 'sr-Latn')).toBe('1 min');
		expect(formatInterval(MINUTE, 'sr')).toBe('1 мин');
	});

	it('never shows less than a minute and moves up a unit at the boundary', () => {
		expect(formatInterval(5_000, 'en')).toBe('1 min');
		expect(formatInterval(59.6 * MINUTE, 'en')).toBe('1 hr');
		expect(formatInterval(23.6 * HOUR, 'en')).toBe('1 day');
		expect(formatInterval(365 * DAY, 'en')).toBe('1 yr');
	});
});

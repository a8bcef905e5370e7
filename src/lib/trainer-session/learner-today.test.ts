import { describe, expect, it } from 'vitest';
import { learnerDay } from '../srs/learner-clock';
import { countsStale, DAY_CHECK_MAX_MS, dayCheckDelay } from './learner-today';

const istanbul = { timeZone: 'Europe/Istanbul', dayStartMinutes: 240 };
const newYork = { timeZone: 'America/New_York', dayStartMinutes: 90 };

describe('the learner day the counts belong to', () => {
	it('are stale from the learner’s start of day on, not from midnight', () => {
		// Counted at 21:00 in Istanbul on 10 May: the learner day is the 10th until 04:00 on the 11th.
		const counted = learnerDay(new Date('2026-05-10T21:00:00+03:00'), istanbul);
		expect(counted).toBe('2026-05-10');
		expect(countsStale(counted, new Date('2026-05-11T00:30:00+03:00'), istanbul)).toBe(false);
		expect(countsStale(counted, new Date('2026-05-11T03:59:59.999+03:00'), istanbul)).toBe(false);
		expect(countsStale(counted, new Date('2026-05-11T04:00:00+03:00'), istanbul)).toBe(true);
		expect(countsStale(counted, new Date('2026-05-11T09:00:00+03:00'), istanbul)).toBe(true);
		// A clock set back a day makes them stale too: they are another day's.
		expect(countsStale(counted, new Date('2026-05-09T21:00:00+03:00'), istanbul)).toBe(true);
	});

	it('a settings change of the start of day can move the learner day under the counts', () => {
		const at = new Date('2026-05-11T02:00:00+03:00');
		const counted = learnerDay(at, istanbul);
		expect(countsStale(counted, at, { ...istanbul, dayStartMinutes: 0 })).toBe(true);
	});
});

describe('when to look at the clock again', () => {
	it('at the next day start when it is near', () => {
		expect(dayCheckDelay(new Date('2026-05-11T03:55:00+03:00'), istanbul)).toBe(5 * 60_000);
		// At the day start itself the next look is at the following one, capped.
		expect(dayCheckDelay(new Date('2026-05-11T04:00:00+03:00'), istanbul)).toBe(DAY_CHECK_MAX_MS);
	});

	it('never longer than DAY_CHECK_MAX_MS, so a computer that slept through the day start sees it soon after waking', () => {
		expect(dayCheckDelay(new Date('2026-05-10T21:00:00+03:00'), istanbul)).toBe(DAY_CHECK_MAX_MS);
		expect(DAY_CHECK_MAX_MS).toBeLessThanOrEqual(15 * 60_000);
	});

	it('counts the real hours across a DST change (New York, start of day 01:30, the night clocks go back)', () => {
		// 2025-11-02: 01:30 EDT happens, then 01:00–01:59 again in EST. The next day start after 01:20 EDT is 01:30 EDT.
		expect(dayCheckDelay(new Date('2025-11-02T01:20:00-04:00'), newYork)).toBe(10 * 60_000);
		expect(learnerDay(new Date('2025-11-02T01:30:00-04:00'), newYork)).toBe('2025-11-02');
	});
});

import { describe, expect, it } from 'vitest';
import {
	addDays,
	browserTimeZone,
	fromLearnerClock,
	instantFromWallClock,
	learnerDay,
	learnerDayStart,
	toLearnerClock,
	wallClockMs,
	wallClockMsByIntl,
} from './learner-clock';

const istanbul = { timeZone: 'Europe/Istanbul', dayStartMinutes: 240 };
const losAngeles = { timeZone: 'America/Los_Angeles', dayStartMinutes: 240 };

describe('wall clock', () => {
	it('reads local wall time in a fixed-offset zone', () => {
		// Istanbul is UTC+3 all year.
		expect(new Date(wallClockMs(Date.parse('2025-03-10T21:30:00Z'), 'Europe/Istanbul')).toISOString()).toBe(
			'2025-03-11T00:30:00.000Z',
		);
	});

	it('round-trips ordinary wall times', () => {
		const wall = Date.parse('2025-07-01T12:34:56.789Z');
		for (const zone of ['Europe/Istanbul', 'America/Los_Angeles', 'Asia/Kolkata', 'UTC']) {
			expect(wallClockMs(instantFromWallClock(wall, zone), zone)).toBe(wall);
		}
	});

	it('picks the earlier instant when clocks go back and skips forward over a gap', () => {
		// Los Angeles: 2025-11-02 01:30 happens twice (PDT, then PST).
		expect(new Date(instantFromWallClock(Date.parse('2025-11-02T01:30:00Z'), 'America/Los_Angeles')).toISOString()).toBe(
			'2025-11-02T08:30:00.000Z',
		);
		// 2025-03-09 02:30 never happens; it maps to 03:30 PDT.
		expect(new Date(instantFromWallClock(Date.parse('2025-03-09T02:30:00Z'), 'America/Los_Angeles')).toISOString()).toBe(
			'2025-03-09T10:30:00.000Z',
		);
	});
});

describe('learner-day clock', () => {
	it('maps the start of day to a UTC midnight', () => {
		// 04:00 in Istanbul = 01:00Z.
		expect(toLearnerClock(new Date('2025-03-11T01:00:00Z'), istanbul).toISOString()).toBe('2025-03-11T00:00:00.000Z');
		// 04:00 in Los Angeles in winter = 12:00Z.
		expect(toLearnerClock(new Date('2025-01-15T12:00:00Z'), losAngeles).toISOString()).toBe('2025-01-15T00:00:00.000Z');
	});

	it('keeps local midnight inside the same learner day and changes day at 04:00', () => {
		const beforeMidnight = new Date('2025-03-10T20:50:00Z'); // 23:50 Istanbul
		const afterMidnight = new Date('2025-03-10T21:10:00Z'); // 00:10 Istanbul
		const afterDayStart = new Date('2025-03-11T01:10:00Z'); // 04:10 Istanbul
		expect(learnerDay(beforeMidnight, istanbul)).toBe('2025-03-10');
		expect(learnerDay(afterMidnight, istanbul)).toBe('2025-03-10');
		expect(learnerDay(afterDayStart, istanbul)).toBe('2025-03-11');
	});

	it('converts back to the same instant', () => {
		const instant = new Date('2025-06-20T23:59:30.250Z');
		for (const clock of [istanbul, losAngeles, { timeZone: 'UTC', dayStartMinutes: 0 }]) {
			expect(fromLearnerClock(toLearnerClock(instant, clock), clock).toISOString()).toBe(instant.toISOString());
		}
	});

	it('finds when a learner day starts, across a DST change', () => {
		expect(learnerDayStart('2025-03-11', istanbul).toISOString()).toBe('2025-03-11T01:00:00.000Z');
		expect(learnerDayStart('2025-03-08', losAngeles).toISOString()).toBe('2025-03-08T12:00:00.000Z');
		expect(learnerDayStart('2025-03-10', losAngeles).toISOString()).toBe('2025-03-10T11:00:00.000Z');
	});

	it('adds calendar days', () => {
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
		expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
	});
});

const DAY = 86_400_000;

describe('the clock through Temporal (vitest.config.ts runs the tests with it)', () => {
	it('reads the same wall time as Intl.DateTimeFormat: whole, half and three-quarter hour offsets, daylight saving, odd historical offsets', () => {
		expect(typeof (globalThis as { Temporal?: unknown }).Temporal).toBe('object');
		const zones = ['Europe/Istanbul', 'America/Los_Angeles', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham', 'Africa/Monrovia', 'Asia/Tokyo'];
		const from = Date.UTC(1971, 0, 1);
		const to = Date.UTC(2040, 0, 1);
		// Every 59 days, 7 hours, 13 minutes and some milliseconds: about 430 instants per zone, at every time of day.
		const step = 59 * DAY + 7 * 3_600_000 + 13 * 60_000 + 4_321;
		const differing: string[] = [];
		let compared = 0;
		for (const timeZone of zones) {
			for (let instant = from; instant < to; instant += step, compared++) {
				if (wallClockMs(instant, timeZone) !== wallClockMsByIntl(instant, timeZone)) differing.push(`${timeZone} ${new Date(instant).toISOString()}`);
			}
		}
		expect(compared).toBeGreaterThan(3_500);
		expect(differing).toEqual([]);
		// About a second of formatting on a quiet machine; a busy one has taken five.
	}, 20_000);

	it("names the browser's time zone as Intl.DateTimeFormat does", () => {
		expect(browserTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
	});
});

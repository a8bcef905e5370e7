import { createEmptyCard, default_w, fsrs, generatorParameters, Rating as FsrsRating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { createScheduler } from './scheduler';
import { DEFAULT_SETTINGS, type Rating } from './types';
import { MAX_COUNT } from './valid-state';

const utcMidnightDay = { ...DEFAULT_SETTINGS, dayStartMinutes: 0 };
const t0 = new Date('2025-01-01T00:00:00Z');
const MINUTE = 60_000;
const DAY = 86_400_000;

describe('personal parameters', () => {
	it("schedules with the learner's own parameters when the settings hold them", () => {
		const parameters = [0.5, 1.5, 4, 12, ...default_w.slice(4)];
		const { after } = createScheduler({ ...utcMidnightDay, parameters }, 'UTC').answer(undefined, 'd/c', 3, t0, 'r1');
		expect(after.stability).toBeCloseTo(4, 6);
	});
});

describe('reference values (FSRS-6 defaults, fuzz off, UTC, day starts at 00:00)', () => {
	const scheduler = createScheduler(utcMidnightDay, 'UTC');

	it('new card rated Good', () => {
		const { after } = scheduler.answer(undefined, 'd/c', 3, t0, 'r1');
		expect(after.due).toBe('2025-01-01T00:10:00.000Z');
		expect(after.stability).toBeCloseTo(2.3065, 4);
		expect(after.difficulty).toBeCloseTo(2.1181, 4);
		expect(after.state).toBe('learning');
	});

	it('new card rated Easy', () => {
		const { after } = scheduler.answer(undefined, 'd/c', 4, t0, 'r1');
		expect(after.due).toBe('2025-01-09T00:00:00.000Z');
		expect(after.stability).toBeCloseTo(8.2956, 4);
		expect(after.difficulty).toBe(1);
		expect(after.state).toBe('review');
	});

	it('records the review', () => {
		const review = scheduler.answer(undefined, 'd/c', 3, t0, 'r1');
		expect(review).toMatchObject({ id: 'r1', key: 'd/c', rating: 3, reviewedAt: t0.toISOString(), before: null });
		expect(review.after).toMatchObject({ key: 'd/c', reps: 1, lapses: 0, version: 1, lastReview: t0.toISOString() });
		const second = scheduler.answer(review.after, 'd/c', 1, new Date('2025-01-01T00:10:00Z'), 'r2');
		expect(second.before).toBe(review.after);
		expect(second.after.version).toBe(2);
	});

	it('previews exactly what answering would schedule', () => {
		const first = scheduler.answer(undefined, 'd/c', 3, t0, 'r1').after;
		const now = new Date('2025-01-01T00:12:00Z');
		const preview = scheduler.preview(first, 'd/c', now);
		for (const rating of [1, 2, 3, 4] as Rating[]) {
			const due = Date.parse(scheduler.answer(first, 'd/c', rating, now, 'r').after.due);
			expect(preview[rating]).toBe(due - now.getTime());
		}
		expect(preview[1]).toBeLessThan(preview[3]);
		expect(preview[3]).toBeLessThan(preview[4]);
	});

	it('schedules longer intervals for a lower desired retention', () => {
		const lenient = createScheduler({ ...utcMidnightDay, desiredRetention: 0.8 }, 'UTC');
		const strict = createScheduler({ ...utcMidnightDay, desiredRetention: 0.95 }, 'UTC');
		expect(lenient.preview(undefined, 'd/c', t0)[4]).toBeGreaterThan(strict.preview(undefined, 'd/c', t0)[4]);
	});
});

/** Two Good answers given straight to ts-fsrs at the given UTC times: the reference. */
function referenceTwoGoods(first: string, second: string) {
	const engine = fsrs(generatorParameters({ request_retention: 0.9, enable_fuzz: false }));
	const once = engine.next(createEmptyCard(new Date(first)), new Date(first), FsrsRating.Good).card;
	return engine.next(once, new Date(second), FsrsRating.Good).card;
}

describe('the learner start of day in a non-UTC zone (Istanbul, UTC+3, day starts 04:00)', () => {
	const scheduler = createScheduler(DEFAULT_SETTINGS, 'Europe/Istanbul');

	function twoGoods(first: string, second: string) {
		const once = scheduler.answer(undefined, 'd/c', 3, new Date(first), 'r1').after;
		return scheduler.answer(once, 'd/c', 3, new Date(second), 'r2').after;
	}

	it('treats 23:50 and 00:10 local as the same learner day', () => {
		const acrossMidnight = twoGoods('2025-03-10T20:50:00Z', '2025-03-10T21:10:00Z');
		const sameUtcDay = referenceTwoGoods('2025-03-10T12:00:00Z', '2025-03-10T12:20:00Z');
		expect(acrossMidnight.stability).toBeCloseTo(sameUtcDay.stability, 10);
		expect(acrossMidnight.scheduledDays).toBe(sameUtcDay.scheduled_days);
	});

	it('treats 02:50 and 03:10 local (across UTC midnight) as the same learner day', () => {
		const acrossUtcMidnight = twoGoods('2025-03-10T23:50:00Z', '2025-03-11T00:10:00Z');
		const sameUtcDay = referenceTwoGoods('2025-03-10T12:00:00Z', '2025-03-10T12:20:00Z');
		expect(acrossUtcMidnight.stability).toBeCloseTo(sameUtcDay.stability, 10);
	});

	it('treats 03:50 and 04:10 local as a day apart', () => {
		const acrossDayStart = twoGoods('2025-03-11T00:50:00Z', '2025-03-11T01:10:00Z');
		const acrossUtcMidnight = referenceTwoGoods('2025-03-10T23:50:00Z', '2025-03-11T00:10:00Z');
		const sameDay = referenceTwoGoods('2025-03-10T12:00:00Z', '2025-03-10T12:20:00Z');
		expect(acrossDayStart.stability).toBeCloseTo(acrossUtcMidnight.stability, 10);
		expect(acrossDayStart.stability).not.toBeCloseTo(sameDay.stability, 2);
	});

	it('returns due dates in real time, keeping the local time of day', () => {
		// Easy at 10:00 local on 2025-01-15 → 8 days later at 10:00 local.
		const { after } = scheduler.answer(undefined, 'd/c', 4, new Date('2025-01-15T07:00:00Z'), 'r1');
		expect(after.due).toBe('2025-01-23T07:00:00.000Z');
	});
});

describe('the learner start of day across a DST change (Los Angeles)', () => {
	const scheduler = createScheduler(DEFAULT_SETTINGS, 'America/Los_Angeles');

	it('keeps the local time of day when clocks go forward', () => {
		// 10:00 PST on 2025-03-05 → 10:00 PDT on 2025-03-13.
		const { after } = scheduler.answer(undefined, 'd/c', 4, new Date('2025-03-05T18:00:00Z'), 'r1');
		expect(after.due).toBe('2025-03-13T17:00:00.000Z');
	});

	it('keeps short steps as real durations across the change', () => {
		// 01:55 PST on 2025-03-09; the 10-minute step is 02:05 PST = 03:05 PDT.
		const now = new Date('2025-03-09T09:55:00Z');
		const { after } = scheduler.answer(undefined, 'd/c', 3, now, 'r1');
		expect(Date.parse(after.due) - now.getTime()).toBe(10 * MINUTE);
	});

	it('counts days from the learner day, not the UTC date', () => {
		// 15:30 and 16:30 local are on different UTC dates but the same learner day.
		const once = scheduler.answer(undefined, 'd/c', 3, new Date('2025-01-15T23:30:00Z'), 'r1').after;
		const twice = scheduler.answer(once, 'd/c', 3, new Date('2025-01-16T00:30:00Z'), 'r2').after;
		const sameDay = referenceTwoGoods('2025-01-15T10:00:00Z', '2025-01-15T11:00:00Z');
		expect(twice.stability).toBeCloseTo(sameDay.stability, 10);
		expect(sameDay.scheduled_days).toBeGreaterThan(0);
		expect(Date.parse(twice.due) - Date.parse('2025-01-16T00:30:00Z')).toBe(sameDay.scheduled_days * DAY);
	});
});

describe('states the scheduler would otherwise throw on', () => {
	const scheduler = createScheduler(utcMidnightDay, 'UTC');
	const answered = scheduler.answer(undefined, 'd/c', 3, t0, 'r1').after;

	it('answers a card last reviewed "in the future" (the clock was set back) as if just reviewed', () => {
		const backInTime = new Date(t0.getTime() - 2 * DAY);
		for (const rating of [1, 2, 3, 4] as Rating[]) {
			const { after } = scheduler.answer(answered, 'd/c', rating, backInTime, 'r2');
			expect(after.elapsedDays).toBe(0);
			expect(after.lastReview).toBe(backInTime.toISOString());
		}
	});

	it('answers across a repeated DST hour when the learner day starts inside it (New York, 01:30)', () => {
		const newYork = createScheduler({ ...DEFAULT_SETTINGS, dayStartMinutes: 90 }, 'America/New_York');
		// 01:45 EDT, then 25 minutes later 01:10 EST on 2025-11-02: the second is on the earlier learner day.
		const first = newYork.answer(undefined, 'd/c', 3, new Date('2025-11-02T05:45:00Z'), 'r1').after;
		const second = newYork.answer(first, 'd/c', 3, new Date('2025-11-02T06:10:00Z'), 'r2').after;
		expect(second.reps).toBe(2);
	});

	it('refuses invalid states and settings by naming the field', () => {
		expect(() => scheduler.answer({ ...answered, difficulty: 0 }, 'd/c', 3, t0, 'r2')).toThrow('Cannot schedule card "d/c": difficulty: 0 is outside 1–10');
		expect(() => scheduler.preview({ ...answered, stability: 0 }, 'd/c', t0)).toThrow(/stability: 0 is outside/);
		expect(() => createScheduler({ ...DEFAULT_SETTINGS, desiredRetention: 1 }, 'UTC')).toThrow('Cannot schedule with these settings: desiredRetention: 1 is outside 0.7–0.99');
	});

	it('saturates counts at the largest valid value', () => {
		const worn = { ...answered, reps: MAX_COUNT, lapses: MAX_COUNT, version: MAX_COUNT };
		const { after } = scheduler.answer(worn, 'd/c', 1, new Date(t0.getTime() + DAY), 'r2');
		expect(after).toMatchObject({ reps: MAX_COUNT, lapses: MAX_COUNT, version: MAX_COUNT });
	});
});

describe('load balancing (the learner’s cards given)', () => {
	const clock = { ...DEFAULT_SETTINGS };
	const zone = 'Europe/Istanbul';
	const answeredAt = new Date('2025-03-01T09:30:00.000Z');
	/** A review card last answered 20 days ago, due now, and the day its Good answer falls on without balancing. */
	const setup = () => {
		const plain = createScheduler(clock, zone);
		let record = plain.answer(undefined, 'd/a', 4, new Date(answeredAt.getTime() - 30 * DAY), 'r1').after;
		record = plain.answer(record, 'd/a', 3, new Date(answeredAt.getTime() - 20 * DAY), 'r2').after;
		const unbalanced = plain.answer(record, 'd/a', 3, answeredAt, 'r3').after;
		return { record, unbalanced };
	};
	/** `count` cards due at noon local time, `days` learner days after the answer. */
	const dueOn = (days: number, count: number, prefix = 'd/other') =>
		Array.from({ length: count }, (_, index) => ({ ...setup().record, key: `${prefix}-${days}-${index}`, due: new Date(Date.parse('2025-03-01T09:00:00.000Z') + days * DAY).toISOString() }));

	it('moves a review off a busy day to the nearest lighter day of its fuzz range, at the same time of day', () => {
		const { record, unbalanced } = setup();
		const interval = unbalanced.scheduledDays;
		expect(interval).toBeGreaterThan(10);
		// Every day around the interval has 4 cards due, but two days later has 1.
		const cards = Array.from({ length: 21 }, (_, index) => interval - 10 + index).flatMap((days) => dueOn(days, days === interval + 2 ? 1 : 4));
		const { after } = createScheduler(clock, zone, { cards: () => cards }).answer(record, 'd/a', 3, answeredAt, 'r3');
		expect(after.scheduledDays).toBe(interval + 2);
		expect(after.stability).toBe(unbalanced.stability);
		expect(Date.parse(after.due) - Date.parse(unbalanced.due)).toBe((after.scheduledDays - interval) * DAY);
	});

	it('keeps the interval when its day is as light as any, not counting the card itself nor suspended cards', () => {
		const { record, unbalanced } = setup();
		const own = { ...record, due: unbalanced.due };
		const suspended = dueOn(unbalanced.scheduledDays, 3).map((card) => ({ ...card, suspended: true as const }));
		const { after } = createScheduler(clock, zone, { cards: () => [own, ...suspended] }).answer(record, 'd/a', 3, answeredAt, 'r3');
		expect(after).toEqual(unbalanced);
	});

	it('leaves learning steps and short intervals alone', () => {
		const cards = [...dueOn(0, 50), ...dueOn(1, 50), ...dueOn(2, 50)];
		const balanced = createScheduler(clock, zone, { cards: () => cards });
		const plain = createScheduler(clock, zone);
		for (const rating of [1, 2, 3] as const) {
			expect(balanced.answer(undefined, 'd/n', rating, answeredAt, 'r').after).toEqual(plain.answer(undefined, 'd/n', rating, answeredAt, 'r').after);
		}
	});
});

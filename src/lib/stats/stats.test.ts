import { describe, expect, it } from 'vitest';
import type { CardRecord, CardState, Rating, ReviewRecord } from '../srs/types';
import { dueForecast } from './forecast';
import { dayBoundaries, dayIndex } from './learner-days';
import { pageRecords, pageStats } from './page-stats';
import { trueRetention } from './retention';
import { reviewsPerDay } from './reviews-per-day';

const zone = 'Europe/Istanbul';
const now = new Date('2025-03-10T12:00:00.000Z'); // 15:00 local; today's learner day ends 2025-03-11T01:00Z

function card(key: string, state: CardState, due: string): CardRecord {
	return { key, state, due, stability: 1, difficulty: 5, reps: 1, lapses: 0, learningSteps: 0, elapsedDays: 0, scheduledDays: 1, version: 1 };
}

function review(rating: Rating, beforeState: CardState | null, reviewedAt = now.toISOString()): ReviewRecord {
	const after = card('d/a', 'review', reviewedAt);
	return { id: `${rating}-${reviewedAt}`, key: 'd/a', rating, reviewedAt, before: beforeState ? card('d/a', beforeState, reviewedAt) : null, after };
}

describe('learner days', () => {
	it('finds the day of a time by binary search', () => {
		const boundaries = dayBoundaries(now, 3, { timeZone: zone, dayStartMinutes: 240 });
		expect(boundaries.map((ms) => new Date(ms).toISOString())).toEqual([
			'2025-03-10T01:00:00.000Z',
			'2025-03-11T01:00:00.000Z',
			'2025-03-12T01:00:00.000Z',
			'2025-03-13T01:00:00.000Z',
		]);
		expect(dayIndex(boundaries, Date.parse('2025-03-10T00:59:59.999Z'))).toBe(-1);
		expect(dayIndex(boundaries, Date.parse('2025-03-10T01:00:00.000Z'))).toBe(0);
		expect(dayIndex(boundaries, Date.parse('2025-03-11T00:59:00.000Z'))).toBe(0);
		expect(dayIndex(boundaries, Date.parse('2025-03-12T23:00:00.000Z'))).toBe(2);
		expect(dayIndex(boundaries, Date.parse('2025-03-13T01:00:00.000Z'))).toBe(3);
	});
});

describe('dueForecast', () => {
	it('counts cards per learner day, overdue ones today, new cards never', () => {
		const records = [
			card('d/overdue', 'review', '2025-03-01T08:00:00.000Z'),
			card('d/tonight', 'review', '2025-03-11T00:30:00.000Z'), // 03:30 local: still today
			card('d/learning', 'learning', '2025-03-10T12:10:00.000Z'),
			card('d/tomorrow', 'review', '2025-03-11T01:30:00.000Z'), // 04:30 local
			card('d/day29', 'review', '2025-04-08T09:00:00.000Z'),
			card('d/day30', 'review', '2025-04-09T09:00:00.000Z'),
			card('d/new', 'new', '2025-03-10T12:00:00.000Z'),
		];
		const forecast = dueForecast(records, now, 30, zone, 240);
		expect(forecast).toHaveLength(30);
		expect(forecast[0]).toBe(3);
		expect(forecast[1]).toBe(1);
		expect(forecast[29]).toBe(1);
		expect(forecast.reduce((sum, count) => sum + count, 0)).toBe(5);
	});

	it('moves a card to the next day when the start of day is earlier', () => {
		const records = [card('d/a', 'review', '2025-03-11T00:30:00.000Z')]; // 03:30 local
		expect(dueForecast(records, now, 2, zone, 180)).toEqual([0, 1]);
		expect(dueForecast(records, now, 2, zone, 240)).toEqual([1, 0]);
	});
});

describe('reviewsPerDay', () => {
	it('counts reviews per learner day across local midnight and a DST change', () => {
		const la = 'America/Los_Angeles';
		const reviews = [
			review(3, 'review', '2025-03-08T07:50:00.000Z'), // Fri 23:50 PST → learner day 7 March
			review(3, 'review', '2025-03-08T08:10:00.000Z'), // Sat 00:10 PST → still 7 March
			review(3, 'review', '2025-03-08T12:10:00.000Z'), // Sat 04:10 PST → 8 March
			review(3, 'review', '2025-03-09T11:30:00.000Z'), // Sun 04:30 PDT → 9 March
			review(3, 'review', '2025-03-01T00:00:00.000Z'), // before the range
		];
		expect(reviewsPerDay(reviews, new Date('2025-03-07T20:00:00.000Z'), new Date('2025-03-09T20:00:00.000Z'), la, 240)).toEqual([2, 1, 1]);
	});
});

describe('trueRetention', () => {
	it('counts only answers to cards in review, passing Hard, Good and Easy', () => {
		const reviews = [review(1, 'review'), review(2, 'review'), review(3, 'review'), review(4, 'review'), review(1, 'learning'), review(3, null), review(1, 'relearning')];
		expect(trueRetention(reviews)).toEqual({ passed: 3, total: 4, rate: 0.75 });
	});

	it('is 0 of 0 without reviews', () => {
		expect(trueRetention([])).toEqual({ passed: 0, total: 0, rate: 0 });
	});
});

describe('pageStats', () => {
	// The page's decks hold en/a and shared/b; the store also holds a card only another locale's decks have, and one an update retired.
	const keys = new Set(['en/a', 'shared/b']);
	const records = new Map(
		[
			card('shared/b', 'learning', '2025-03-10T11:00:00.000Z'),
			card('en/a', 'review', '2025-03-12T12:00:00.000Z'),
			card('tr-only/c', 'review', '2025-03-09T12:00:00.000Z'),
			card('retired/d', 'relearning', '2025-03-10T10:00:00.000Z'),
		].map((record) => [record.key, record]),
	);
	const answer = (key: string, rating: Rating): ReviewRecord => ({ ...review(rating, 'review'), id: `${key}-${rating}`, key });
	const reviews = [answer('shared/b', 1), answer('en/a', 3), answer('tr-only/c', 3), answer('tr-only/c', 4), answer('retired/d', 1)];
	const span = { now, from: new Date('2025-03-09T01:00:00.000Z'), days: 2, timeZone: zone, dayStartMinutes: 240 };

	it('counts the cards of the page’s decks, as the deck table does: not another locale’s, nor a retired one', () => {
		expect(pageStats(keys, records, reviews, { ...span, days: 3 }).forecast).toEqual([1, 0, 1]);
		expect(pageStats(keys, records, reviews, span).answersPerDay).toEqual([0, 2]);
		expect(pageStats(keys, records, reviews, span).retention).toEqual({ passed: 1, total: 2, rate: 0.5 });
	});

	it('finds the records of the page’s cards, none for a card never studied', () => {
		expect(pageRecords(['en/a', 'new/e', 'shared/b'], records).map((record) => record.key)).toEqual(['en/a', 'shared/b']);
	});
});

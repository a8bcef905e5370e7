import { default_w } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { simulateReviews } from '../simulate-reviews';
import { buildHistories, type ReviewEvent } from './histories';
import { fitParameters, MIN_ITEMS_FOR_ALL_PARAMETERS, MIN_ITEMS_FOR_INITIAL_STABILITY } from './fit';
import { smoothAndFill } from './initial-stability';
import { prepareTrainingData } from './training-data';

const DAY = 86_400_000;

/** `count` cards answered Good on day 0 and reviewed once `delta` days later (Good, or Again every fifth). */
function pairs(count: number, delta: number, firstRating: 1 | 2 | 3 | 4 = 3, prefix = 'c'): ReviewEvent[] {
	return Array.from({ length: count }, (_, index) => [
		{ card: `${prefix}${index}`, rating: firstRating, day: 0, at: index },
		{ card: `${prefix}${index}`, rating: index % 5 === 0 ? 1 : 3, day: delta, at: delta * DAY + index },
	]).flat() as ReviewEvent[];
}

describe('fitParameters follows the reference rules', () => {
	it(`keeps the defaults below ${MIN_ITEMS_FOR_INITIAL_STABILITY} usable reviews`, () => {
		const { histories, items } = buildHistories(pairs(7, 2));
		expect(items).toHaveLength(7);
		expect(fitParameters(histories, items)).toMatchObject({ scope: 'defaults', parameters: [...default_w] });
	});

	it(`fits only the four initial stabilities below ${MIN_ITEMS_FOR_ALL_PARAMETERS}`, () => {
		const { histories, items } = buildHistories(pairs(40, 3));
		const fit = fitParameters(histories, items);
		expect(fit.scope).toBe('initial-stability');
		expect(fit.parameters.slice(4)).toEqual(default_w.slice(4));
		expect(fit.parameters.slice(0, 4)).not.toEqual(default_w.slice(0, 4));
	});

	it('fits all parameters from 64 usable reviews when cards were reviewed more than once', () => {
		const { events } = simulateReviews({ parameters: default_w, desiredRetention: 0.9, deckSize: 60, days: 60, newPerDay: 3, seed: 8, keepLog: true });
		const { histories, items } = buildHistories(events);
		expect(items.length).toBeGreaterThanOrEqual(MIN_ITEMS_FOR_ALL_PARAMETERS);
		const fit = fitParameters(histories, items);
		expect(fit.scope).toBe('all');
		expect(fit.parameters.slice(4)).not.toEqual(default_w.slice(4));
	});

	it('never scores same-day answers', () => {
		const events: ReviewEvent[] = [
			{ card: 'a', rating: 1, day: 0, at: 0 },
			{ card: 'a', rating: 3, day: 0, at: 600_000 },
			{ card: 'a', rating: 3, day: 2, at: 2 * DAY },
			{ card: 'a', rating: 3, day: 2, at: 2 * DAY + 1 },
		];
		const { histories, items } = buildHistories(events);
		expect(items.map((item) => item.position)).toEqual([2]);
		expect(Array.from(histories[0]!.deltas)).toEqual([0, 0, 2, 0]);
	});
});

describe('outlier filter', () => {
	it('drops rare first intervals, and every later review of those cards', () => {
		const common = pairs(100, 2);
		// Three cards first reviewed after 40 days, then again later.
		const rare = pairs(3, 40, 3, 'r');
		rare.push({ card: 'r0', rating: 3, day: 90, at: 90 * DAY });
		const { histories, items } = buildHistories([...common, ...rare]);
		const { initialization, train } = prepareTrainingData(histories, items);
		expect(initialization).toHaveLength(100);
		expect(train).toHaveLength(100);
		expect(train.every((item) => histories[item.card]!.deltas[item.position] === 2)).toBe(true);
	});

	it('drops first intervals beyond 100 days (365 after Easy)', () => {
		const { histories, items } = buildHistories([...pairs(30, 2), ...pairs(30, 150, 3, 'late'), ...pairs(30, 150, 4, 'easy')]);
		const { initialization } = prepareTrainingData(histories, items);
		const kept = new Set(initialization.map((item) => `${histories[item.card]!.ratings[0]}/${histories[item.card]!.deltas[item.position]}`));
		expect([...kept].sort()).toEqual(['3/2', '4/150']);
	});
});

describe('smoothAndFill', () => {
	// Expected values from the reference implementation's own tests.
	it('fills a missing rating between known ones', () => {
		const filled = smoothAndFill(new Map([[1, 0.4], [3, 2.3], [4, 10.9]]), new Map([[1, 1], [2, 1], [3, 1], [4, 1]]));
		expect(filled?.map((value) => Number(value.toFixed(5)))).toEqual([0.4, 1.1227, 2.3, 10.9]);
	});

	it('scales the defaults from a single known rating', () => {
		const filled = smoothAndFill(new Map([[2, 0.35]]), new Map([[2, 1]]));
		expect(filled?.map((value) => Number(value.toFixed(4)))).toEqual([0.0574, 0.35, 0.6243, 2.2453]);
	});

	it('puts a worse first rating below a better one, trusting the rating with more data', () => {
		const filled = smoothAndFill(new Map([[1, 3], [2, 2], [3, 5], [4, 9]]), new Map([[1, 50], [2, 10], [3, 10], [4, 10]]));
		expect(filled?.slice(0, 2)).toEqual([3, 3]);
	});
});

import { default_w } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { coefficientOfVariation, compareSpreads } from './load-balance';
import { simulateReviews, type DueSpread } from './simulate-reviews';

describe('coefficientOfVariation', () => {
	it('is the standard deviation over the mean, 0 where there is nothing to compare', () => {
		expect(coefficientOfVariation([2, 2, 2])).toBe(0);
		expect(coefficientOfVariation([1, 3])).toBe(0.5);
		expect(coefficientOfVariation([0, 10, 0, 10])).toBe(1);
		expect(coefficientOfVariation([])).toBe(0);
		expect(coefficientOfVariation([0, 0])).toBe(0);
	});
});

describe('load balancing in the simulation', () => {
	/** 200 cards in the same memory state, all due today: how many come back on the busiest later day. */
	const busiestDay = (spread: DueSpread) => {
		const studied = Array.from({ length: 200 }, () => ({ stability: 20, difficulty: 5, lastDay: -20, dueDay: 0 }));
		const { days } = simulateReviews({ parameters: default_w, desiredRetention: 0.9, deckSize: 0, studied, days: 120, newPerDay: 0, seed: 3, spread });
		return Math.max(...days.slice(1).map((day) => day.reviews));
	};

	it('spreads cards that would come back on the same day over the lighter days of the fuzz range', () => {
		expect(busiestDay('balance')).toBeLessThan(busiestDay('exact') / 2);
	});

	it('is compared with the same learners, repeatably, each recalling about what it aims for', () => {
		const comparison = { cards: 100, days: 120, newPerDay: 10, desiredRetention: 0.85, seeds: [1, 2] };
		const outcomes = compareSpreads(comparison);
		expect(outcomes.map((outcome) => outcome.spread)).toEqual(['exact', 'fuzz', 'balance']);
		expect(compareSpreads(comparison)).toEqual(outcomes);
		for (const outcome of outcomes) expect(Math.abs(outcome.retention - 0.85)).toBeLessThan(0.03);
	});
});

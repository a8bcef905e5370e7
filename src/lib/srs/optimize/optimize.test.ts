import { default_w } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { simulateReviews } from '../simulate-reviews';
import { reviewEvents } from './histories';
import { optimizeParameters } from './optimize';

const FORGETFUL = [0.1, 0.6, 1.5, 6, 7.5, 0.6, 2.2, 0.01, 1.2, 0.2, 0.7, 2.2, 0.1, 0.35, 1.8, 0.4, 2.2, 0.5, 0.3, 0.1, 0.25];

describe('optimizeParameters', () => {
	it('offers new parameters when they predict the newest days better than the ones in use', () => {
		const { events } = simulateReviews({ parameters: FORGETFUL, desiredRetention: 0.9, deckSize: 400, days: 150, newPerDay: 8, seed: 21, keepLog: true });
		const progress: number[] = [];
		const result = optimizeParameters(events, default_w, (done) => progress.push(done));
		expect(result.scope).toBe('all');
		expect(result.better).toBe(true);
		expect(result.candidate!.logLoss).toBeLessThan(result.current!.logLoss);
		expect(result.parameters).not.toEqual([...default_w]);
		expect(progress.at(-1)).toBe(1);
		expect(progress.every((done, index) => index === 0 || done >= progress[index - 1]!)).toBe(true);
	});

	it('keeps the parameters in use when the new fit predicts the newest days worse', () => {
		// A small log drawn from the default parameters: a fit can only be worse than the truth here.
		const { events } = simulateReviews({ parameters: default_w, desiredRetention: 0.9, deckSize: 150, days: 120, newPerDay: 5, seed: 1, keepLog: true });
		const result = optimizeParameters(events, default_w);
		expect(result.better).toBe(false);
		expect(result.candidate!.logLoss).toBeGreaterThanOrEqual(result.current!.logLoss);
		expect(result.parameters).toEqual([...default_w]);
	});

	it('compares nothing when there is too little to fit', () => {
		const { events } = simulateReviews({ parameters: default_w, desiredRetention: 0.9, deckSize: 3, days: 5, newPerDay: 3, seed: 2, keepLog: true });
		const result = optimizeParameters(events, default_w);
		expect(result).toMatchObject({ scope: 'defaults', better: false, current: null, candidate: null });
	});
});

describe('reviewEvents', () => {
	it("numbers days on the learner's clock (Istanbul, day starting 04:00)", () => {
		const clock = { timeZone: 'Europe/Istanbul', dayStartMinutes: 240 };
		const [before, after] = reviewEvents(
			[
				{ key: 'a', rating: 3, reviewedAt: '2025-01-01T00:30:00.000Z' },
				{ key: 'a', rating: 3, reviewedAt: '2025-01-01T01:30:00.000Z' },
			],
			clock,
		);
		const jan1 = Date.UTC(2025, 0, 1) / 86_400_000;
		expect(before!.day).toBe(jan1 - 1);
		expect(after!.day).toBe(jan1);
	});
});

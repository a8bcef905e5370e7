import { describe, expect, it } from 'vitest';
import { clockAheadUntil, latestClockTime, MAX_CLOCK_AHEAD_DAYS, newestReviewTime } from './review-times';

const now = new Date('2026-12-07T12:00:00.000Z');

describe('review times around now', () => {
	it('takes the newest of a state’s last review, a review’s time and the state it records, ignoring what is no time', () => {
		const entries = [
			{ lastReview: '2026-12-08T00:00:00.000Z' },
			{ reviewedAt: '2026-12-09T00:00:00.000Z', after: { lastReview: '2026-12-10T00:00:00.000Z' } },
			{ lastReview: '2999-13-01T00:00:00.000Z' },
			null,
			'2999-01-01T00:00:00.000Z',
		];
		expect(newestReviewTime(entries, now.toISOString())).toBe('2026-12-10T00:00:00.000Z');
		expect(clockAheadUntil(entries, now)).toBe('2026-12-10T00:00:00.000Z');
		expect(clockAheadUntil([{ lastReview: now.toISOString() }], now)).toBeUndefined();
	});

	it('puts the furthest a clock can be ahead at 398 days', () => {
		expect(MAX_CLOCK_AHEAD_DAYS).toBe(398);
		expect(latestClockTime(now)).toBe('2028-01-09T12:00:00.000Z');
	});
});

import { describe, expect, it } from 'vitest';
import { createScheduler } from '../srs/scheduler';
import { DEFAULT_SETTINGS, type ReviewRecord } from '../srs/types';
import { toBackupReview, withBefore } from './review-chain';

describe('review chain', () => {
	it('rebuilds every `before` exactly from the log order', () => {
		const scheduler = createScheduler(DEFAULT_SETTINGS, 'UTC');
		const log: ReviewRecord[] = [];
		const latest = new Map<string, ReviewRecord['after']>();
		const start = Date.parse('2025-01-01T00:00:00Z');
		for (let step = 0; step < 12; step += 1) {
			const key = `d/${step % 3}`;
			const review = scheduler.answer(latest.get(key), key, ((step % 4) + 1) as 1 | 2 | 3 | 4, new Date(start + step * 3_600_000), `r${step}`);
			latest.set(key, review.after);
			log.push(review);
		}
		const slim = log.map(toBackupReview);
		expect(slim.every((review) => !('before' in review))).toBe(true);
		expect(withBefore(slim)).toEqual(log);
	});
});

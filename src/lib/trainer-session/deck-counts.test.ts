import { describe, expect, it } from 'vitest';
import { buildQueue } from '../srs/queue';
import { DEFAULT_SETTINGS, type CardRecord } from '../srs/types';
import { newLearnerCounts, queueCounts } from './deck-counts';

const keys = (count: number) => Array.from({ length: count }, (_, index) => `deck:card-${index}`);
const now = new Date('2026-12-07T10:00:00Z');

describe('newLearnerCounts', () => {
	it('offers new cards up to the default daily limit, nothing learning or due', () => {
		expect(newLearnerCounts(keys(3), now)).toEqual({ new: 3, learning: 0, due: 0 });
		expect(newLearnerCounts(keys(50), now)).toEqual({ new: DEFAULT_SETTINGS.newCardsPerDay, learning: 0, due: 0 });
		expect(newLearnerCounts([], now)).toEqual({ new: 0, learning: 0, due: 0 });
	});

	it('is what the island counts for a learner with nothing stored, in any time zone and at any hour', () => {
		for (const timeZone of ['UTC', 'Europe/Istanbul', 'Pacific/Kiritimati', 'America/Adak']) {
			for (const hour of [0, 3, 4, 13, 23]) {
				const at = new Date(Date.UTC(2026, 11, 7, hour, 30));
				expect(queueCounts(buildQueue(keys(25), new Map(), 0, at, DEFAULT_SETTINGS, timeZone))).toEqual(newLearnerCounts(keys(25), now));
			}
		}
	});
});

describe('queueCounts', () => {
	it('counts learning and due cards apart from new ones', () => {
		const due = (key: string, state: CardRecord['state'], at: string): CardRecord => ({ key, state, due: at, stability: 3, difficulty: 5, reps: 2, lapses: 0, lastReview: '2026-12-01T10:00:00.000Z', learningSteps: 0, elapsedDays: 6, scheduledDays: 3, version: 1 });
		const records = new Map([
			['deck:card-0', due('deck:card-0', 'learning', '2026-12-07T09:59:00.000Z')],
			['deck:card-1', due('deck:card-1', 'review', '2026-12-07T08:00:00.000Z')],
		]);
		expect(queueCounts(buildQueue(keys(4), records, 0, now, DEFAULT_SETTINGS, 'UTC'))).toEqual({ new: 2, learning: 1, due: 1 });
	});
});

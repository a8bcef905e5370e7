import { default_w } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SECONDS } from './answer-seconds';
import { cardRecordFixture } from './record-fixture';
import { deckToStudy, RETENTION_GRID, retentionChoices, workloadAt, type WorkloadOptions } from './workload';

const clock = { timeZone: 'Europe/Istanbul', dayStartMinutes: 240 };
const now = new Date('2025-03-10T12:00:00.000Z');

describe('retentionChoices', () => {
	it('offers the grid, with the current retention added in order when it is not on it', () => {
		expect(retentionChoices(0.9)).toEqual(RETENTION_GRID);
		expect(retentionChoices(0.88)).toEqual([0.7, 0.75, 0.8, 0.85, 0.88, 0.9, 0.93, 0.95, 0.97]);
		expect(retentionChoices(0.99).at(-1)).toBe(0.99);
	});
});

describe('deckToStudy', () => {
	it('keeps studied cards with their memory, last review and due day on the learner clock, leaves suspended ones out; the rest are new', () => {
		const studied = { ...cardRecordFixture('d/a', 'review', '2025-03-15T03:00:00.000Z'), stability: 12, difficulty: 4, lastReview: '2025-03-01T09:00:00.000Z' };
		const overdue = { ...cardRecordFixture('d/b', 'review', '2025-03-02T09:00:00.000Z'), lastReview: '2025-02-20T09:00:00.000Z' };
		const unseen = { ...cardRecordFixture('d/c', 'new', now.toISOString()), stability: 0, difficulty: 0 };
		const suspended = { ...studied, key: 'd/e', suspended: true as const };
		const records = new Map([studied, overdue, unseen, suspended].map((record) => [record.key, record]));
		const deck = deckToStudy(records, ['d/a', 'd/b', 'd/c', 'd/d', 'd/a', 'd/e'], now, clock);
		expect(deck.newCards).toBe(2);
		// 03:00 UTC on the 15th is 06:00 in Istanbul, after the 04:00 start of day: learner day 15, five days on.
		expect(deck.studied).toEqual([
			{ stability: 12, difficulty: 4, lastDay: -9, dueDay: 5 },
			{ stability: 1, difficulty: 5, lastDay: -18, dueDay: 0 },
		]);
	});
});

describe('workloadAt', () => {
	const options: WorkloadOptions = {
		deck: { studied: Array.from({ length: 50 }, (_, index) => ({ stability: 5 + index, difficulty: 5, lastDay: -3 })), newCards: 150 },
		newPerDay: 10,
		parameters: default_w,
		seconds: DEFAULT_SECONDS,
		days: 200,
	};

	it('is repeatable from its seed', () => {
		expect(workloadAt(0.9, options)).toEqual(workloadAt(0.9, options));
		expect(workloadAt(0.9, { ...options, seed: 2 })).not.toEqual(workloadAt(0.9, options));
	});

	it('costs more answers and minutes the higher the retention, and recalls about what it aims for', () => {
		const workloads = RETENTION_GRID.map((retention) => workloadAt(retention, options));
		for (let index = 1; index < workloads.length; index += 1) {
			expect(workloads[index]!.answersPerDay).toBeGreaterThan(workloads[index - 1]!.answersPerDay);
			expect(workloads[index]!.minutesPerDay).toBeGreaterThan(workloads[index - 1]!.minutesPerDay);
		}
		for (const workload of workloads) expect(Math.abs(workload.recalled - workload.retention)).toBeLessThan(0.03);
	});

	it('counts time from the answer times it is given', () => {
		const doubled = { review: 2 * DEFAULT_SECONDS.review, learn: 2 * DEFAULT_SECONDS.learn, relearn: 2 * DEFAULT_SECONDS.relearn };
		const base = workloadAt(0.85, options);
		const slow = workloadAt(0.85, { ...options, seconds: doubled });
		expect(slow.answersPerDay).toBe(base.answersPerDay);
		expect(slow.minutesPerDay).toBeCloseTo(2 * base.minutesPerDay, 9);
	});
});

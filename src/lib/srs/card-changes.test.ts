import { describe, expect, it } from 'vitest';
import { answersSinceReset, changeCard, changeOf, isAnswer } from './card-changes';
import { createScheduler } from './scheduler';
import { checkReviewRecord } from './valid-state';
import { DEFAULT_SETTINGS, type ReviewRecord } from './types';

const scheduler = createScheduler(DEFAULT_SETTINGS, 'UTC');
const at = (minutes: number) => new Date(Date.parse('2025-01-01T12:00:00.000Z') + minutes * 60_000);

describe('changes to cards', () => {
	const answered = scheduler.answer(undefined, 'd/a', 3, at(0), 'a1');

	it('suspends and unsuspends a card without touching its schedule', () => {
		const suspend = changeCard(answered.after, 'd/a', 'suspend', at(1), 'c1');
		expect(suspend).toMatchObject({ rating: 0, before: answered.after, after: { ...answered.after, suspended: true, version: 2 } });
		const unsuspend = changeCard(suspend.after, 'd/a', 'unsuspend', at(2), 'c2');
		expect(unsuspend.after).toEqual({ ...answered.after, version: 3 });
		expect([changeOf(suspend), changeOf(unsuspend), changeOf(answered)]).toEqual(['suspend', 'unsuspend', undefined]);
		expect([isAnswer(suspend), isAnswer(answered)]).toEqual([false, true]);
	});

	it('resets a card to a new one, still suspended if it was', () => {
		const suspended = changeCard(answered.after, 'd/a', 'suspend', at(1), 'c1').after;
		const reset = changeCard(suspended, 'd/a', 'reset', at(2), 'c2');
		expect(reset.after).toEqual({
			key: 'd/a',
			state: 'new',
			due: at(2).toISOString(),
			stability: 0,
			difficulty: 0,
			reps: 0,
			lapses: 0,
			learningSteps: 0,
			elapsedDays: 0,
			scheduledDays: 0,
			suspended: true,
			version: 3,
		});
		expect(changeOf(reset)).toBe('reset');
	});

	it('logs valid entries that the scheduler can answer afterwards', () => {
		for (const change of ['suspend', 'unsuspend', 'reset'] as const) {
			const entry = changeCard(answered.after, 'd/a', change, at(5), 'c');
			expect(checkReviewRecord(entry)).toBe(true);
			expect(() => scheduler.answer(entry.after, 'd/a', 3, at(6), 'next')).not.toThrow();
		}
		expect(checkReviewRecord(changeCard(undefined, 'd/b', 'suspend', at(5), 'c'))).toBe(true);
	});

	it('gives the optimizer only the answers since each card was last reset', () => {
		const log: ReviewRecord[] = [];
		const add = (entry: ReviewRecord) => (log.push(entry), entry.after);
		let a = add(scheduler.answer(undefined, 'd/a', 3, at(0), 'a1'));
		const b = add(scheduler.answer(undefined, 'd/b', 3, at(1), 'b1'));
		a = add(changeCard(a, 'd/a', 'reset', at(2), 'a-reset'));
		a = add(scheduler.answer(a, 'd/a', 1, at(3), 'a2'));
		add(changeCard(b, 'd/b', 'suspend', at(4), 'b-suspend'));
		expect(answersSinceReset(log).map((entry) => entry.id)).toEqual(['b1', 'a2']);
	});
});

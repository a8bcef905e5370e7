import { describe, expect, it } from 'vitest';
import { answeredCount, emptySummary, nextDue, withAnswer, withoutAnswer } from './summary';

describe('session summary', () => {
	it('counts answers per rating and time spent, and undo takes one back', () => {
		let summary = withAnswer(withAnswer(emptySummary(), 3, 4000), 1, 2500);
		expect(summary.counts).toEqual({ 1: 1, 2: 0, 3: 1, 4: 0 });
		expect(summary.spentMs).toBe(6500);
		summary = withoutAnswer(summary, 1, 2500);
		expect(answeredCount(summary)).toBe(1);
		expect(summary.spentMs).toBe(4000);
	});

	it('undoing an answer from before the session never goes below zero', () => {
		expect(withoutAnswer(emptySummary(), 2, 1000)).toEqual(emptySummary());
	});

	it('finds the earliest due date after now', () => {
		const dues: Record<string, string> = { a: '2026-03-05T00:00:00Z', b: '2026-03-02T00:00:00Z', c: '2026-02-01T00:00:00Z' };
		const earliest = nextDue(['a', 'b', 'c', 'missing'], (key) => dues[key], new Date('2026-03-01T00:00:00Z'));
		expect(earliest?.toISOString()).toBe('2026-03-02T00:00:00.000Z');
		expect(nextDue([], () => undefined, new Date())).toBeUndefined();
	});
});

import { describe, expect, it } from 'vitest';
import type { CardRecord } from '../srs/types';
import { LEARN_AHEAD_MS } from '../srs/queue';
import { cardRecordFixture } from '../srs/record-fixture';
import { StudyQueue } from './study-queue';

const now = new Date('2026-03-01T10:00:00Z');

function record(key: string, state: CardRecord['state'], dueOffsetMs: number): CardRecord {
	return cardRecordFixture(key, state, new Date(now.getTime() + dueOffsetMs).toISOString());
}

describe('StudyQueue', () => {
	const records = new Map([
		['d/l1', record('d/l1', 'learning', -60_000)],
		['d/l2', record('d/l2', 'learning', 5 * 60_000)],
		['d/r1', record('d/r1', 'review', -3_600_000)],
	]);

	it('shows due learning cards, then reviews, then new cards', () => {
		const queue = new StudyQueue({ learning: ['d/l2', 'd/l1'], review: ['d/r1'], new: ['d/n1'] }, records);
		expect(queue.next(now)).toBe('d/l1');
		queue.answered('d/l1', record('d/l1', 'review', 86_400_000));
		expect(queue.next(now)).toBe('d/r1');
		queue.answered('d/r1', record('d/r1', 'review', 86_400_000));
		expect(queue.next(now)).toBe('d/n1');
	});

	it('brings a card back while it is learning, and shows it early once nothing else is left', () => {
		const queue = new StudyQueue({ learning: [], review: [], new: ['d/n1', 'd/n2'] }, records);
		queue.answered('d/n1', record('d/n1', 'learning', 60_000));
		expect(queue.remaining()).toEqual({ new: 1, learning: 1, review: 0 });
		expect(queue.next(now)).toBe('d/n2');
		queue.answered('d/n2', record('d/n2', 'review', 86_400_000));
		expect(queue.next(now)).toBe('d/n1');
	});

	it('ends when the only learning card is further away than the learn-ahead limit', () => {
		const queue = new StudyQueue({ learning: [], review: [], new: ['d/n1'] }, records);
		queue.answered('d/n1', record('d/n1', 'learning', LEARN_AHEAD_MS + 60_000));
		expect(queue.next(now)).toBeUndefined();
		expect(queue.nextLearningDue()?.getTime()).toBe(now.getTime() + LEARN_AHEAD_MS + 60_000);
	});

	it('undo puts the card back first, wherever its answer sent it', () => {
		const queue = new StudyQueue({ learning: [], review: ['d/r1'], new: ['d/n1', 'd/n2'] }, records);
		queue.answered('d/r1', record('d/r1', 'relearning', 600_000));
		queue.restore('d/r1', records.get('d/r1') ?? null);
		expect(queue.next(now)).toBe('d/r1');
		expect(queue.remaining()).toEqual({ new: 2, learning: 0, review: 1 });
		queue.answered('d/n2', record('d/n2', 'learning', 600_000));
		queue.restore('d/n2', null);
		expect(queue.remaining().new).toBe(2);
	});
});

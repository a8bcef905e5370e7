import { describe, expect, it } from 'vitest';
import { buildQueue, nextCard, nextDayStart } from './queue';
import { cardRecordFixture } from './record-fixture';
import { DEFAULT_SETTINGS, type CardRecord } from './types';

const now = new Date('2025-03-10T12:00:00.000Z'); // 15:00 in Istanbul
const zone = 'Europe/Istanbul';

const record = cardRecordFixture;

function recordsOf(...list: CardRecord[]): Map<string, CardRecord> {
	return new Map(list.map((item) => [item.key, item]));
}

describe('buildQueue', () => {
	it('sorts learning and review cards by due and keeps new cards in deck order', () => {
		const records = recordsOf(
			record('d/l2', 'learning', '2025-03-10T11:59:00.000Z'),
			record('d/l1', 'relearning', '2025-03-10T11:00:00.000Z'),
			record('d/r2', 'review', '2025-03-10T20:00:00.000Z'),
			record('d/r1', 'review', '2025-03-01T09:00:00.000Z'),
		);
		const keys = ['d/n2', 'd/r2', 'd/l2', 'd/n1', 'd/r1', 'd/l1'];
		expect(buildQueue(keys, records, 0, now, DEFAULT_SETTINGS, zone)).toEqual({
			learning: ['d/l1', 'd/l2'],
			review: ['d/r1', 'd/r2'],
			new: ['d/n2', 'd/n1'],
		});
	});

	it('takes reviews due before the next 04:00 local, not before local or UTC midnight', () => {
		// Next day starts 2025-03-11 04:00 Istanbul = 01:00Z.
		const records = recordsOf(
			record('d/tonight', 'review', '2025-03-10T22:30:00.000Z'),
			record('d/before-start', 'review', '2025-03-11T00:59:00.000Z'),
			record('d/at-start', 'review', '2025-03-11T01:00:00.000Z'),
		);
		const queue = buildQueue([...records.keys()], records, 0, now, DEFAULT_SETTINGS, zone);
		expect(queue.review).toEqual(['d/tonight', 'd/before-start']);
		expect(nextDayStart(now, { timeZone: zone, dayStartMinutes: 240 }).toISOString()).toBe('2025-03-11T01:00:00.000Z');
	});

	it('takes learning steps due within the learn-ahead window only', () => {
		const records = recordsOf(
			record('d/soon', 'learning', '2025-03-10T12:15:00.000Z'),
			record('d/later', 'learning', '2025-03-10T12:25:00.000Z'),
		);
		expect(buildQueue([...records.keys()], records, 0, now, DEFAULT_SETTINGS, zone).learning).toEqual(['d/soon']);
	});

	it('caps new cards by what was already introduced today', () => {
		const keys = Array.from({ length: 30 }, (_, index) => `d/n${index}`);
		const settings = { ...DEFAULT_SETTINGS, newCardsPerDay: 5 };
		expect(buildQueue(keys, new Map(), 0, now, settings, zone).new).toEqual(keys.slice(0, 5));
		expect(buildQueue(keys, new Map(), 3, now, settings, zone).new).toEqual(keys.slice(0, 2));
		expect(buildQueue(keys, new Map(), 9, now, settings, zone).new).toEqual([]);
	});

	it('ignores records of cards outside the deck and duplicate keys', () => {
		const records = recordsOf(record('other/r', 'review', '2025-03-01T00:00:00.000Z'));
		expect(buildQueue(['d/a', 'd/a'], records, 0, now, DEFAULT_SETTINGS, zone)).toEqual({
			learning: [],
			review: [],
			new: ['d/a'],
		});
	});
});

describe('nextCard', () => {
	const records = recordsOf(
		record('d/due-step', 'learning', '2025-03-10T11:59:00.000Z'),
		record('d/ahead-step', 'learning', '2025-03-10T12:10:00.000Z'),
	);

	it('shows a due learning step first', () => {
		expect(nextCard({ learning: ['d/due-step'], review: ['d/r'], new: ['d/n'] }, records, now)).toBe('d/due-step');
	});

	it('shows reviews, then new cards, then steps due soon', () => {
		expect(nextCard({ learning: ['d/ahead-step'], review: ['d/r'], new: ['d/n'] }, records, now)).toBe('d/r');
		expect(nextCard({ learning: ['d/ahead-step'], review: [], new: ['d/n'] }, records, now)).toBe('d/n');
		expect(nextCard({ learning: ['d/ahead-step'], review: [], new: [] }, records, now)).toBe('d/ahead-step');
		expect(nextCard({ learning: [], review: [], new: [] }, records, now)).toBeUndefined();
	});
});

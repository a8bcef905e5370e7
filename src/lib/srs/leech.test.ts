import { describe, expect, it } from 'vitest';
import { changeCard } from './card-changes';
import { becameLeech, findLeeches, isLeech, leechThreshold } from './leech';
import { createScheduler } from './scheduler';
import { DEFAULT_SETTINGS, type CardRecord, type Rating } from './types';

const DAY = 86_400_000;
const start = Date.parse('2025-01-01T12:00:00.000Z');

/** A card answered in sequence, each answer when the previous one made it due. */
function answered(ratings: readonly Rating[]): CardRecord {
	const scheduler = createScheduler(DEFAULT_SETTINGS, 'UTC');
	let record: CardRecord | undefined;
	let now = start;
	ratings.forEach((rating, index) => {
		record = scheduler.answer(record, 'deck/card', rating, new Date(now), `r${index}`).after;
		now = Math.max(now + 60_000, Date.parse(record.due));
	});
	if (!record) throw new Error('no answers');
	return record;
}

/** Learned, then forgotten `lapses` times (Again from review, Good to relearn). */
function forgotten(lapses: number): CardRecord {
	const ratings: Rating[] = [3, 3, 3];
	for (let lapse = 0; lapse < lapses; lapse += 1) ratings.push(1, 3, 3);
	return answered(ratings);
}

describe('leeches', () => {
	it('counts lapses the way ts-fsrs does: Again on a card in review', () => {
		expect(forgotten(0).lapses).toBe(0);
		expect(forgotten(3).lapses).toBe(3);
		// Again while still learning is no lapse.
		expect(answered([1, 1, 1, 3]).lapses).toBe(0);
	});

	it('flags a card from the threshold on, 8 unless the learner set another', () => {
		expect(leechThreshold(DEFAULT_SETTINGS)).toBe(8);
		expect(leechThreshold({ leechThreshold: 4 })).toBe(4);
		expect(isLeech(forgotten(7), 8)).toBe(false);
		expect(isLeech(forgotten(8), 8)).toBe(true);
		expect(isLeech(forgotten(4), 4)).toBe(true);
		expect(isLeech(undefined, 1)).toBe(false);
	});

	it('tells the answer that made a card a leech from the ones before and after', () => {
		const scheduler = createScheduler(DEFAULT_SETTINGS, 'UTC');
		const seven = forgotten(7);
		const eighth = scheduler.answer(seven, seven.key, 1, new Date(Date.parse(seven.due) + DAY), 'eighth');
		expect(eighth.after.lapses).toBe(8);
		expect(becameLeech(eighth, 8)).toBe(true);
		const relearned = scheduler.answer(eighth.after, seven.key, 3, new Date(Date.parse(eighth.after.due)), 'next');
		expect(becameLeech(relearned, 8)).toBe(false);
		expect(becameLeech({ before: null, after: { lapses: 0 } }, 1)).toBe(false);
	});

	it('stops flagging a card once it is reset', () => {
		const leech = forgotten(8);
		const reset = changeCard(leech, leech.key, 'reset', new Date(start + 400 * DAY), 'x').after;
		expect(isLeech(reset, 8)).toBe(false);
	});

	it('lists leeches with the most lapses first', () => {
		const records = [
			{ ...forgotten(8), key: 'a/one' },
			{ ...forgotten(2), key: 'a/two' },
			{ ...forgotten(9), key: 'a/three' },
			{ ...forgotten(8), key: 'a/four' },
		];
		expect(findLeeches(records, 8).map((record) => record.key)).toEqual(['a/three', 'a/four', 'a/one']);
	});
});

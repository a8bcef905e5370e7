import { describe, expect, it } from 'vitest';
import { parseBackup } from '../backup/parse';
import { makeSyntheticHistory } from './synthetic-history';

const now = new Date('2025-06-01T12:00:00Z');

describe('makeSyntheticHistory', () => {
	it('makes the requested number of cards and reviews as a valid backup', () => {
		const history = makeSyntheticHistory(50, 420, 7, now);
		expect(history.cards).toHaveLength(50);
		expect(history.reviews).toHaveLength(420);
		expect(parseBackup(JSON.parse(JSON.stringify(history)), now)).toEqual(history);
	});

	it('is deterministic for a seed and differs between seeds', () => {
		expect(makeSyntheticHistory(20, 100, 1, now)).toEqual(makeSyntheticHistory(20, 100, 1, now));
		expect(makeSyntheticHistory(20, 100, 2, now).cards).not.toEqual(makeSyntheticHistory(20, 100, 1, now).cards);
	});

	it('keeps every record consistent with its last review and all reviews in the past', () => {
		const history = makeSyntheticHistory(30, 300, 3, now);
		const lastAfter = new Map(history.reviews.map((review) => [review.key, review.after]));
		for (const card of history.cards) expect(lastAfter.get(card.key)).toEqual(card);
		expect(history.reviews.every((review) => review.reviewedAt <= now.toISOString())).toBe(true);
	});

	it('leaves cards without reviews out (they are still new)', () => {
		expect(makeSyntheticHistory(10, 4, 1, now).cards).toHaveLength(4);
	});
});

import { describe, expect, it } from 'vitest';
import { toBackupReview, withBefore } from '../backup/review-chain';
import { makeSyntheticHistory } from '../srs/synthetic-history';
import { describeSetAside, keysIn, problemOf, salvageCards, salvageReviews } from './set-aside-items';

const { cards, reviews } = makeSyntheticHistory(4, 12, 2, new Date('2025-06-01T00:00:00.000Z'));
const reviewsText = JSON.stringify(withBefore(reviews).map(toBackupReview));

describe('what damaged data held', () => {
	it('salvages every whole record before and after the damage', () => {
		const broken = `${reviewsText.slice(0, 900)}\u0000\u0000${reviewsText.slice(1400)}`;
		const salvaged = salvageReviews(broken);
		expect(salvaged.length).toBeGreaterThan(6);
		expect(salvaged.length).toBeLessThan(12);
		for (const review of salvaged) expect(reviews).toContainEqual(review);
		expect(salvageReviews(reviewsText)).toEqual(reviews);
		expect(salvageCards(JSON.stringify(cards).slice(0, -30))).toEqual(cards.slice(0, -1));
	});

	it('reads card keys even where the JSON around them is broken', () => {
		expect(keysIn('{"key":"deck/a"} garbage "key":"deck/\\"quoted\\"" {"key":"\u0001"')).toEqual(['deck/"quoted"', 'deck/a']);
	});

	it('describes a set-aside page by its cards, date range and review count, and a settings entry as such', () => {
		const entry = { store: 'logPages', reason: 'its checksum does not match', movedAt: '2025-06-02T00:00:00.000Z' };
		const page = { seq: 3, minAt: reviews[0]!.reviewedAt, maxAt: reviews[11]!.reviewedAt, count: 12, reviews: 'garbage' };
		expect(describeSetAside(7, { ...entry, value: page })).toEqual({
			id: 7,
			kind: 'reviews',
			problem: 'changed',
			cards: [],
			cardsComplete: false,
			reviews: 12,
			from: page.minAt,
			to: page.maxAt,
			reason: entry.reason,
			setAsideAt: entry.movedAt,
			restorable: false,
		});
		expect(describeSetAside(8, { ...entry, value: { ...page, reviews: reviewsText } })).toMatchObject({ cards: cards.map((card) => card.key), cardsComplete: true, restorable: true });
		expect(describeSetAside(9, { ...entry, store: 'settings', value: 3 })).toMatchObject({ kind: 'settings', cards: [], reviews: 0, restorable: false });
		// Outside the log, with no answer or card to read: never called review history, never restorable.
		for (const store of ['autobackup', 'unknown']) {
			expect(describeSetAside(10, { ...entry, store, value: 42 })).toMatchObject({ kind: 'other', cards: [], reviews: 0, restorable: false });
			expect(describeSetAside(10, { ...entry, store, value: 'garbage' })).toMatchObject({ kind: 'other' });
			expect(describeSetAside(10, { ...entry, store, value: reviewsText })).toMatchObject({ kind: 'reviews', cardsComplete: true, restorable: true });
		}
		expect(describeSetAside(11, { ...entry, store: 'logTail', value: 42 })).toMatchObject({ kind: 'reviews' });
	});

	it('names the kind of problem in a reason', () => {
		expect(problemOf('the checksum of its earlier card states does not match')).toBe('changed');
		expect(problemOf('a card bucket that is not valid JSON')).toBe('unreadable');
		expect(problemOf('not a review-log page')).toBe('unreadable');
		expect(problemOf('the entry for “d/a” is not a valid card record')).toBe('invalid');
	});
});

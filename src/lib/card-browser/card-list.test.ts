import { describe, expect, it } from 'vitest';
import { changeCard } from '../srs/card-changes';
import { createScheduler } from '../srs/scheduler';
import { DEFAULT_SETTINGS, type CardRecord, type Rating, type ReviewRecord } from '../srs/types';
import { cardHistory } from './card-history';
import { browserState, cardRows, filterRows, pageOfRows, sortRows, type CardRow } from './card-list';

const DAY = 86_400_000;
const start = new Date('2025-01-01T12:00:00.000Z');
const scheduler = createScheduler(DEFAULT_SETTINGS, 'UTC');

/** A card's log after these answers, each given when the card fell due. */
function answers(key: string, ratings: readonly Rating[]): ReviewRecord[] {
	const log: ReviewRecord[] = [];
	let time = start.getTime();
	for (const [index, rating] of ratings.entries()) {
		const review = scheduler.answer(log.at(-1)?.after, key, rating, new Date(time), `${key}-${index}`);
		log.push(review);
		time = Math.max(time + 60_000, Date.parse(review.after.due));
	}
	return log;
}

const last = (log: readonly ReviewRecord[]): CardRecord => log.at(-1)!.after;
const lapsed = (times: number): Rating[] => [3, 3, 3, ...Array.from({ length: times }, () => [1, 3, 3] as Rating[]).flat()];

describe('card states', () => {
	it('puts suspended before leech before the schedule', () => {
		const leech = last(answers('d/leech', lapsed(8)));
		expect(browserState(undefined, 8)).toBe('new');
		expect(browserState(last(answers('d/l', [3])), 8)).toBe('learning');
		expect(browserState(last(answers('d/r', [4])), 8)).toBe('review');
		expect(browserState(last(answers('d/x', [3, 3, 3, 1])), 8)).toBe('learning');
		expect(browserState(leech, 8)).toBe('leech');
		expect(browserState(leech, 9)).toBe('review');
		expect(browserState({ ...leech, suspended: true }, 8)).toBe('suspended');
	});
});

describe('the card list', () => {
	const review = last(answers('d/review', [4]));
	const leech = last(answers('d/leech', lapsed(8)));
	const learning = last(answers('d/learning', [3]));
	const suspended = changeCard(last(answers('d/suspended', [4, 3])), 'd/suspended', 'suspend', start, 's').after;
	const records = new Map([review, leech, learning, suspended].map((record) => [record.key, record]));
	const cards = [
		{ key: 'd/review', text: 'çay' },
		{ key: 'd/leech', text: 'Zebra' },
		{ key: 'd/learning', text: 'cam' },
		{ key: 'd/suspended', text: 'ılık' },
		{ key: 'd/new', text: 'ağaç' },
	];
	const now = new Date(start.getTime() + 30 * DAY);
	const rows = cardRows(cards, { records, leechThreshold: 8, now });
	const keys = (list: readonly CardRow[]) => list.map((row) => row.key);

	it('gives each card its state, due date, stability, retrievability now and lapses', () => {
		const byKey = new Map(rows.map((row) => [row.key, row]));
		expect(byKey.get('d/new')).toMatchObject({ state: 'new', due: undefined, stability: undefined, retrievability: undefined, lapses: 0 });
		expect(byKey.get('d/review')).toMatchObject({ state: 'review', due: Date.parse(review.due), stability: review.stability, lapses: 0 });
		expect(byKey.get('d/leech')?.lapses).toBe(8);
		const retrievability = byKey.get('d/review')!.retrievability!;
		// 30 days after an Easy answer with a stability of about 8 days, recall is likely no more.
		expect(review.stability).toBeGreaterThan(5);
		expect(retrievability).toBeGreaterThan(0.3);
		expect(retrievability).toBeLessThan(0.9);
		expect(cardRows(cards, { records, leechThreshold: 8, now: new Date(review.lastReview!) })[0]!.retrievability).toBeCloseTo(1, 6);
	});

	it('filters by state', () => {
		expect(keys(filterRows(rows, 'all'))).toHaveLength(5);
		expect(keys(filterRows(rows, 'leech'))).toEqual(['d/leech']);
		expect(keys(filterRows(rows, 'suspended'))).toEqual(['d/suspended']);
		expect(keys(filterRows(rows, 'new'))).toEqual(['d/new']);
	});

	it('sorts text in the page locale, and numbers with missing values last', () => {
		expect(keys(sortRows(rows, 'text', new Intl.Collator('tr')))).toEqual(['d/new', 'd/learning', 'd/review', 'd/suspended', 'd/leech']);
		// Turkish puts dotless ı before i; English after it.
		const words = cardRows([{ key: 'w/iki', text: 'iki' }, { key: 'w/ilik', text: 'ılık' }], { records, leechThreshold: 8, now });
		expect(keys(sortRows(words, 'text', new Intl.Collator('tr')))).toEqual(['w/ilik', 'w/iki']);
		expect(keys(sortRows(words, 'text', new Intl.Collator('en')))).toEqual(['w/iki', 'w/ilik']);
		const collator = new Intl.Collator('en');
		expect(keys(sortRows(rows, 'lapses', collator))[0]).toBe('d/leech');
		expect(keys(sortRows(rows, 'due', collator))).toEqual(['d/learning', ...keys(sortRows(rows, 'due', collator)).slice(1, 4), 'd/new']);
		const byRetrievability = sortRows(rows, 'retrievability', collator);
		expect(byRetrievability.at(-1)?.key).toBe('d/new');
		const values = byRetrievability.slice(0, -1).map((row) => row.retrievability!);
		expect(values).toEqual([...values].sort((a, b) => a - b));
		const stabilities = sortRows(rows, 'stability', collator).map((row) => row.stability);
		expect(stabilities.at(-1)).toBeUndefined();
	});

	it('cuts a long list into pages', () => {
		const many = cardRows(
			Array.from({ length: 10_001 }, (_, index) => ({ key: `big/${index}`, text: `card ${index}` })),
			{ records: new Map(), leechThreshold: 8, now },
		);
		expect(pageOfRows(many, 0)).toMatchObject({ page: 0, pages: 201, from: 1, to: 50, total: 10_001 });
		expect(pageOfRows(many, 200)).toMatchObject({ page: 200, from: 10_001, to: 10_001 });
		expect(pageOfRows(many, 999).page).toBe(200);
		expect(pageOfRows([], 3)).toMatchObject({ rows: [], page: 0, pages: 1, from: 0, to: 0, total: 0 });
	});
});

describe('a card history', () => {
	it('lists the card’s answers and changes, oldest first', () => {
		const log = answers('d/a', [3, 1]);
		const other = answers('d/b', [3]);
		const reset = changeCard(last(log), 'd/a', 'reset', new Date(start.getTime() + DAY), 'reset');
		const history = cardHistory([...log, ...other, reset], 'd/a');
		expect(history.map((entry) => entry.entry)).toEqual([{ rating: 3 }, { rating: 1 }, { change: 'reset' }]);
		expect(history.at(-1)?.after.state).toBe('new');
	});
});

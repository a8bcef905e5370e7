import { S_MAX, S_MIN } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type CardRecord, type ReviewRecord } from './types';
import {
	checkBackupReview,
	checkCardRecord,
	checkReviewRecord,
	checkSettings,
	cleanCardRecord,
	cleanSettings,
	isInstant,
	type CheckOptions,
	type StateProblem,
} from './valid-state';

const card: CardRecord = {
	key: 'deck/card',
	state: 'review',
	due: '2025-03-01T10:00:00.000Z',
	stability: 12.3,
	difficulty: 5.1,
	reps: 10,
	lapses: 1,
	lastReview: '2025-02-01T10:00:00.000Z',
	learningSteps: 0,
	elapsedDays: 3,
	scheduledDays: 20,
	version: 10,
};
const review: ReviewRecord = { id: 'r1', key: 'deck/card', rating: 3, reviewedAt: '2025-02-01T10:00:00.000Z', before: null, after: card };

type Check = (value: unknown, options?: CheckOptions) => boolean;

function problemsOf(check: Check, value: unknown, options: CheckOptions = {}): StateProblem[] {
	const problems: StateProblem[] = [];
	check(value, { ...options, sink: (problem) => problems.push(problem) });
	return problems;
}

const badValues: unknown[] = [
	undefined,
	null,
	'',
	'x',
	'<script>alert(1)</script>',
	-1,
	0.5,
	11,
	1e12,
	Number.NaN,
	Number.POSITIVE_INFINITY,
	true,
	[],
	{},
	'2025-02-30T00:00:00Z',
	'2025-01-01T24:00:00Z',
	'2025-01-01T00:00:00+03:00',
	'1969-12-31T23:59:59.999Z',
	'a\u0000b',
	'a\u202eb',
	'k'.repeat(201),
];

/** Every field of `base` replaced by every bad value, plus the field removed. */
function* mutations(base: object): Generator<unknown> {
	for (const field of Object.keys(base)) {
		for (const value of badValues) yield { ...base, [field]: value };
		const { [field]: _removed, ...rest } = base as Record<string, unknown>;
		yield rest;
	}
}

describe('one definition of a valid state', () => {
	it('accepts valid records', () => {
		expect(checkCardRecord(card)).toBe(true);
		expect(checkReviewRecord(review)).toBe(true);
		expect(checkReviewRecord({ ...review, before: card, after: { ...card, version: 11 } })).toBe(true);
		expect(checkBackupReview(review)).toBe(true);
		expect(checkSettings(DEFAULT_SETTINGS)).toBe(true);
	});

	it('rejects a value exactly when it reports a problem, for every broken field', () => {
		const cases: [Check, object][] = [
			[checkCardRecord, card],
			[checkReviewRecord, review],
			[checkReviewRecord, { ...review, before: card }],
			[checkBackupReview, (({ before: _before, ...slim }) => slim)(review)],
			[checkSettings, { ...DEFAULT_SETTINGS }],
		];
		let rejected = 0;
		for (const [check, base] of cases) {
			for (const candidate of mutations(base)) {
				const problems = problemsOf(check, candidate);
				expect(check(candidate), JSON.stringify(candidate)).toBe(problems.length === 0);
				if (problems.length > 0) rejected += 1;
			}
		}
		expect(rejected).toBeGreaterThan(400);
	});

	it('names the path of every bad field, all at once', () => {
		const broken = { ...card, due: 'tomorrow', reps: 1.5, state: 'confused', version: undefined };
		expect(problemsOf(checkCardRecord, broken, { at: ['cards', 3] })).toEqual([
			{ path: ['cards', 3, 'state'], code: 'notState' },
			{ path: ['cards', 3, 'due'], code: 'notDate' },
			{ path: ['cards', 3, 'reps'], code: 'notWhole' },
			{ path: ['cards', 3, 'version'], code: 'missing' },
		]);
		expect(problemsOf(checkReviewRecord, { ...review, rating: 5, after: { ...card, key: 'deck/other' }, before: { ...card, lapses: -1 } })).toEqual([
			{ path: ['rating'], code: 'notRating' },
			{ path: ['after', 'key'], code: 'keyMismatch', key: 'deck/card' },
			{ path: ['before', 'lapses'], code: 'outOfRange', min: 0, max: 1_000_000_000, value: -1 },
		]);
	});

	it('refuses memory states ts-fsrs cannot schedule', () => {
		expect(problemsOf(checkCardRecord, { ...card, difficulty: 0 })).toEqual([{ path: ['difficulty'], code: 'outOfRange', min: 1, max: 10, value: 0 }]);
		expect(problemsOf(checkCardRecord, { ...card, stability: 0 })).toEqual([{ path: ['stability'], code: 'outOfRange', min: S_MIN, max: S_MAX, value: 0 }]);
		expect(checkCardRecord({ ...card, difficulty: 0, stability: 0 })).toBe(false);
		expect(checkCardRecord({ ...card, stability: S_MAX + 1 })).toBe(false);
		expect(checkCardRecord({ ...card, stability: S_MIN })).toBe(true);
	});

	it('lets only a new card go without a memory state', () => {
		expect(checkCardRecord({ ...card, state: 'new', difficulty: 0, stability: 0 })).toBe(true);
		expect(checkCardRecord({ ...card, state: 'learning', difficulty: 0, stability: 0 })).toBe(false);
		expect(checkCardRecord({ ...card, state: 'new', difficulty: 0, stability: 2 })).toBe(false);
	});

	it('refuses review times later than both when the data was made and now, and only review times', () => {
		const earlier = '2025-02-01T09:59:59.999Z';
		for (const clock of [{ now: earlier, madeAt: earlier }, { now: earlier, madeAt: '2025-01-01T00:00:00.000Z' }, { now: '2025-01-01T00:00:00.000Z', madeAt: earlier }]) {
			expect(problemsOf(checkReviewRecord, review, { clock })).toEqual([
				{ path: ['reviewedAt'], code: 'future', value: review.reviewedAt, ...clock },
				{ path: ['after', 'lastReview'], code: 'future', value: card.lastReview, ...clock },
			]);
		}
		// Later than now but not than its making: the clock that made it was ahead.
		expect(checkReviewRecord(review, { clock: { now: earlier, madeAt: review.reviewedAt } })).toBe(true);
		// Later than its making but not than now: as every import before this rule took it.
		expect(checkReviewRecord(review, { clock: { now: review.reviewedAt, madeAt: earlier } })).toBe(true);
		expect(checkCardRecord(card, { clock: { now: card.lastReview!, madeAt: card.lastReview! } })).toBe(true);
		// A due date in the future is what due dates are for.
		expect(checkCardRecord({ ...card, due: '2999-01-01T00:00:00.000Z' }, { clock: { now: card.lastReview!, madeAt: card.lastReview! } })).toBe(true);
		// Stored records are checked without a clock: one answered on a clock that was wrong still loads.
		expect(checkCardRecord({ ...card, lastReview: '2999-01-01T00:00:00.000Z' })).toBe(true);
	});

	it('takes the single-key shortcuts setting as true, false or left out, names anything else, and keeps it when cleaning', () => {
		expect(checkSettings({ ...DEFAULT_SETTINGS, keyShortcuts: false })).toBe(true);
		expect(checkSettings({ ...DEFAULT_SETTINGS, keyShortcuts: true })).toBe(true);
		expect(checkSettings(DEFAULT_SETTINGS)).toBe(true);
		for (const keyShortcuts of ['off', 0, null]) {
			expect(problemsOf(checkSettings, { ...DEFAULT_SETTINGS, keyShortcuts }, { at: ['settings'] })).toEqual([{ path: ['settings', 'keyShortcuts'], code: 'notBoolean' }]);
		}
		expect(cleanSettings({ ...DEFAULT_SETTINGS, keyShortcuts: false })).toEqual({ ...DEFAULT_SETTINGS, keyShortcuts: false });
		expect(cleanSettings(DEFAULT_SETTINGS)).not.toHaveProperty('keyShortcuts');
	});

	it('accepts settings exactly within their limits', () => {
		for (const [settings, valid] of [
			[{ desiredRetention: 0.7, newCardsPerDay: 0, dayStartMinutes: 0 }, true],
			[{ desiredRetention: 0.99, newCardsPerDay: 10_000, dayStartMinutes: 1439 }, true],
			[{ desiredRetention: 0.905, newCardsPerDay: 20, dayStartMinutes: 240 }, true],
			[{ desiredRetention: 0.69, newCardsPerDay: 20, dayStartMinutes: 240 }, false],
			[{ desiredRetention: 0.9, newCardsPerDay: 10_001, dayStartMinutes: 240 }, false],
			[{ desiredRetention: 0.9, newCardsPerDay: 20, dayStartMinutes: 1440 }, false],
			[{ desiredRetention: 0.9, newCardsPerDay: 2.5, dayStartMinutes: 240 }, false],
		] as const) {
			expect(checkSettings(settings), JSON.stringify(settings)).toBe(valid);
		}
	});

	it('accepts only real UTC instants in the canonical form, from 1970 on', () => {
		expect(isInstant('2024-02-29T23:59:59.999Z')).toBe(true);
		expect(isInstant('2025-02-29T00:00:00.000Z')).toBe(false);
		expect(isInstant('2025-01-01T00:00:00Z')).toBe(false);
		expect(isInstant('2000-02-29T00:00:00.000Z')).toBe(true);
		expect(isInstant('2100-02-29T00:00:00.000Z')).toBe(false);
		expect(isInstant('2025-04-31T00:00:00.000Z')).toBe(false);
		expect(isInstant('2025-00-10T00:00:00.000Z')).toBe(false);
		expect(isInstant('1970-01-01T00:00:00.000Z')).toBe(true);
		expect(isInstant('0050-01-01T00:00:00.000Z')).toBe(false);
	});

	it('drops unknown fields and keeps the known ones', () => {
		const withExtra = { ...card, extra: '<script>' } as CardRecord;
		expect(cleanCardRecord(withExtra)).toEqual(card);
		const { lastReview: _lastReview, ...neverReviewed } = card;
		expect(cleanCardRecord(neverReviewed)).toEqual(neverReviewed);
		expect('lastReview' in cleanCardRecord(neverReviewed)).toBe(false);
	});
});

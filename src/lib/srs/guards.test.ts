import { describe, expect, it } from 'vitest';
import { isBackupReview, isCardRecord, isInstant, isReviewRecord, isSettings } from './guards';
import { backupReviewSchema, cardRecordSchema, reviewRecordSchema, settingsSchema } from './schema';
import { DEFAULT_SETTINGS } from './types';
import type { CardRecord, ReviewRecord } from './types';

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
const review: ReviewRecord = {
	id: 'r1',
	key: 'deck/card',
	rating: 3,
	reviewedAt: '2025-02-01T10:00:00.000Z',
	before: null,
	after: card,
};

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
	'2025-01-01T00:00Z',
	'2025-01-01T00:00:00+03:00',
	'a\u0000b',
	'k'.repeat(201),
];

/** Every field of `base` replaced by every bad value, plus the field removed. */
function* mutations(base: Record<string, unknown>): Generator<unknown> {
	for (const field of Object.keys(base)) {
		for (const value of badValues) yield { ...base, [field]: value };
		const { [field]: _removed, ...rest } = base;
		yield rest;
	}
}

describe('fast guards agree with the zod schemas', () => {
	it('on valid records', () => {
		expect(isCardRecord(card)).toBe(true);
		expect(isReviewRecord(review)).toBe(true);
		expect(isReviewRecord({ ...review, before: card, after: { ...card, version: 11 } })).toBe(true);
	});

	it('on card records with one broken field', () => {
		let rejected = 0;
		for (const candidate of mutations(card as unknown as Record<string, unknown>)) {
			const zodAccepts = cardRecordSchema.safeParse(candidate).success;
			expect(isCardRecord(candidate), JSON.stringify(candidate)).toBe(zodAccepts);
			if (!zodAccepts) rejected += 1;
		}
		expect(rejected).toBeGreaterThan(150);
	});

	it('on review records with one broken field', () => {
		for (const base of [review, { ...review, before: card }]) {
			for (const candidate of mutations(base as unknown as Record<string, unknown>)) {
				expect(isReviewRecord(candidate), JSON.stringify(candidate)).toBe(reviewRecordSchema.safeParse(candidate).success);
			}
		}
		const { before: _before, ...slim } = review;
		for (const candidate of mutations(slim as unknown as Record<string, unknown>)) {
			expect(isBackupReview(candidate), JSON.stringify(candidate)).toBe(backupReviewSchema.safeParse(candidate).success);
		}
		const otherCard = { ...card, key: 'deck/other' };
		expect(isReviewRecord({ ...review, after: otherCard })).toBe(false);
		expect(reviewRecordSchema.safeParse({ ...review, before: otherCard }).success).toBe(false);
		expect(isReviewRecord({ ...review, before: otherCard })).toBe(false);
	});

	it('on settings with one broken field', () => {
		expect(isSettings(DEFAULT_SETTINGS)).toBe(true);
		for (const candidate of mutations({ ...DEFAULT_SETTINGS })) {
			expect(isSettings(candidate), JSON.stringify(candidate)).toBe(settingsSchema.safeParse(candidate).success);
		}
		for (const desiredRetention of [0.7, 0.99, 0.69, 0.995]) {
			const candidate = { ...DEFAULT_SETTINGS, desiredRetention };
			expect(isSettings(candidate)).toBe(settingsSchema.safeParse(candidate).success);
		}
	});

	it('accept only real UTC instants in the canonical form', () => {
		expect(isInstant('2024-02-29T23:59:59.999Z')).toBe(true);
		expect(isInstant('2025-02-29T00:00:00.000Z')).toBe(false);
		expect(isInstant('2025-01-01T00:00:00Z')).toBe(false);
		expect(isInstant('2000-02-29T00:00:00.000Z')).toBe(true);
		expect(isInstant('1900-02-29T00:00:00.000Z')).toBe(false);
		expect(isInstant('2025-04-31T00:00:00.000Z')).toBe(false);
		expect(isInstant('2025-00-10T00:00:00.000Z')).toBe(false);
	});
});

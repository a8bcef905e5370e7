/**
 * Property: every state an import accepts can be answered with all four
 * ratings, the answer is itself a valid state, and undoing it restores the
 * imported state exactly. States are drawn across and just beyond the
 * ranges the rules allow (fast-check favours the edges: 0, the limits, the
 * earliest times) and kept only if the import accepts them.
 */
import fc from 'fast-check';
import { S_MAX, S_MIN } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { createScheduler } from '../srs/scheduler';
import { RATINGS, type CardRecord, type Settings } from '../srs/types';
import { CARD_STATES, checkCardRecord, checkReviewRecord, MAX_COUNT, SETTINGS_LIMITS } from '../srs/valid-state';
import { freshName, importReplacing, openStore } from '../storage/test-helpers';
import { BackupError, parseBackup } from './parse';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './types';

const KEY = 'deck/card';
const DAY_MS = 86_400_000;
const EARLIEST = Date.parse('1970-01-01T00:00:00.000Z');
const LATEST = Date.parse('9999-12-31T23:59:59.999Z');
/** Imports are checked against the real clock, so generated imports happen before the test runs (their files may have been made later: a clock ahead). */
const TEST_STARTED = Date.now();
const ZONES = ['UTC', 'Europe/Istanbul', 'America/Los_Angeles', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];

const instant = (min: number, max: number) => fc.integer({ min, max }).map((ms) => new Date(ms).toISOString());
const YEAR_ZERO = Date.parse('0000-01-01T00:00:00.000Z');

/**
 * Numbers mostly inside [min, max] and sometimes either side of it, so that
 * a rule that let through something the scheduler cannot handle would be
 * found, while most draws still pass the import.
 */
function around(min: number, max: number, below: number, above: number): fc.Arbitrary<number> {
	return fc.oneof(
		{ weight: 20, arbitrary: fc.double({ min, max, noNaN: true }) },
		{ weight: 1, arbitrary: fc.double({ min: below, max: min, noNaN: true }) },
		{ weight: 1, arbitrary: fc.double({ min: max, max: above, noNaN: true }) },
	);
}

/** Times over the whole range the format can write (years 0000–9999); the import refuses some. */
function timeUpTo(latest: number): fc.Arbitrary<string> {
	return fc.oneof({ weight: 20, arbitrary: instant(EARLIEST, latest) }, { weight: 1, arbitrary: instant(YEAR_ZERO, LATEST) });
}

const count = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant(MAX_COUNT), fc.integer({ min: 0, max: MAX_COUNT }));
const days = around(0, 1_000_000, -1, 1e7);

const settingsArb: fc.Arbitrary<Settings> = fc.record({
	desiredRetention: fc.double({ ...SETTINGS_LIMITS.desiredRetention, noNaN: true }),
	newCardsPerDay: fc.integer(SETTINGS_LIMITS.newCardsPerDay),
	dayStartMinutes: fc.integer(SETTINGS_LIMITS.dayStartMinutes),
});

/** A card state whose review times are mostly up to `latestReview` (ms). */
function cardArb(latestReview: number): fc.Arbitrary<CardRecord> {
	const memory = fc.oneof(
		{ weight: 1, arbitrary: fc.constant({ difficulty: 0, stability: 0 }) },
		{ weight: 4, arbitrary: fc.record({ difficulty: around(1, 10, 0, 11), stability: around(S_MIN, S_MAX, 0, 1e6) }) },
	);
	return fc
		.record({
			state: fc.constantFrom(...CARD_STATES),
			due: timeUpTo(LATEST),
			memory,
			reps: count,
			lapses: count,
			learningSteps: count,
			lastReview: fc.option(timeUpTo(latestReview), { nil: undefined }),
			elapsedDays: days,
			scheduledDays: days,
			version: count,
		})
		.map(({ memory: { difficulty, stability }, lastReview, ...rest }) => ({
			key: KEY,
			...rest,
			difficulty,
			stability,
			...(lastReview === undefined ? {} : { lastReview }),
		}));
}

/**
 * A backup of one card and a few reviews of it (their `after`s are states
 * too), as it would come from a file; made at the import's time, or up to a
 * month later by a device whose clock was ahead (srs/review-times.ts), with
 * review times up to then: answered at the import's time, their last review
 * is later than now.
 */
const scenarioArb = fc
	.record({
		importedAt: fc.integer({ min: EARLIEST + DAY_MS, max: TEST_STARTED }),
		clockAhead: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 31 * DAY_MS })),
		answeredAfter: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 400 * DAY_MS })),
		timeZone: fc.constantFrom(...ZONES),
		settings: settingsArb,
	})
	.chain((scenario) =>
		fc.record({
			scenario: fc.constant(scenario),
			card: cardArb(scenario.importedAt + scenario.clockAhead),
			history: fc.array(
				fc.record({ after: cardArb(scenario.importedAt + scenario.clockAhead), rating: fc.constantFrom(...RATINGS), reviewedAt: timeUpTo(scenario.importedAt + scenario.clockAhead) }),
				{ maxLength: 2 },
			),
		}),
	)
	.map(({ scenario, card, history }) => {
		const backup: Backup = {
			format: BACKUP_FORMAT,
			version: BACKUP_VERSION,
			exportedAt: new Date(scenario.importedAt + scenario.clockAhead).toISOString(),
			settings: scenario.settings,
			cards: [card],
			reviews: history.map((review, index) => ({ id: `r${index}`, key: KEY, ...review })),
		};
		return { ...scenario, file: JSON.parse(JSON.stringify(backup)) as unknown };
	});

/** The backup if the import accepts it at `at`. */
function accepted(file: unknown, at: number): Backup | undefined {
	try {
		return parseBackup(file, new Date(at));
	} catch (error) {
		if (error instanceof BackupError) return undefined;
		throw error;
	}
}

describe('every state the import accepts can be scheduled', () => {
	it('answers each accepted card state with all four ratings, into valid states', () => {
		fc.assert(
			fc.property(scenarioArb, ({ file, importedAt, answeredAfter, timeZone, settings }) => {
				const backup = accepted(file, importedAt);
				fc.pre(backup !== undefined);
				const scheduler = createScheduler(settings, timeZone);
				const now = new Date(importedAt + answeredAfter);
				for (const state of [...backup.cards, ...backup.reviews.map((review) => review.after)]) {
					const preview = scheduler.preview(state, KEY, now);
					for (const rating of RATINGS) {
						expect(Number.isFinite(preview[rating])).toBe(true);
						const review = scheduler.answer(state, KEY, rating, now, 'r');
						expect(review.before).toBe(state);
						expect(checkReviewRecord(review), JSON.stringify(review)).toBe(true);
						expect(checkCardRecord(review.after, { clock: { now: now.toISOString(), madeAt: now.toISOString() } })).toBe(true);
						// The answer can be answered again.
						scheduler.answer(review.after, KEY, rating, new Date(now.getTime() + DAY_MS), 'r2');
					}
				}
			}),
			{ numRuns: 400 },
		);
	}, 60_000);

	it('stores every answer to an imported state and undoes it exactly; every state in the imported log is answerable', async () => {
		const store = await openStore(freshName());
		await fc.assert(
			fc.asyncProperty(scenarioArb, async ({ file, answeredAfter, timeZone }) => {
				const backup = accepted(file, Date.now());
				fc.pre(backup !== undefined);
				await importReplacing(store, file);
				const now = new Date(Date.now() + answeredAfter);
				for (const rating of RATINGS) {
					const review = await store.answer(KEY, rating, now, timeZone);
					expect(review.before).toEqual(backup.cards[0]);
					expect(checkCardRecord(review.after)).toBe(true);
					expect(await store.undo(review)).toEqual({ undone: review });
					expect((await store.exportBackup(now)).cards).toEqual(backup.cards);
				}
				// Each imported review's `after` can become the card's state again (an undo, a rebuild from the
				// log), so it must be answerable too.
				const scheduler = createScheduler(backup.settings, timeZone);
				for (const { after } of backup.reviews) {
					for (const rating of RATINGS) expect(checkCardRecord(scheduler.answer(after, KEY, rating, now, 'again').after)).toBe(true);
				}
			}),
			{ numRuns: 40 },
		);
	}, 60_000);
});

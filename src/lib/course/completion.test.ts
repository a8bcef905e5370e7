import { describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { createScheduler } from '../srs/scheduler';
import { DEFAULT_SETTINGS, type CardRecord, type Rating } from '../srs/types';
import { isComplete, lessonOfPage, recallScore, studiedDecks, type CourseOutline } from './completion';

const outline: CourseOutline = {
	lessons: ['strategies/introduction', 'regularization'],
	locales: ['en', 'tr'],
	rule: { everyLesson: true, decks: ['transfer-learning'] },
	deckCards: { 'transfer-learning': ['transfer-learning/a', 'transfer-learning/b'] },
};

const day = 86_400_000;
const reviewed = (key: string, stability: number, lastReview: Date): CardRecord => ({
	key,
	state: 'review',
	due: new Date(lastReview.getTime() + stability * day).toISOString(),
	stability,
	difficulty: 5,
	reps: 1,
	lapses: 0,
	lastReview: lastReview.toISOString(),
	learningSteps: 0,
	elapsedDays: 0,
	scheduledDays: Math.round(stability),
	version: 1,
});

describe('course completion and score', () => {
	it('is complete only with every lesson opened and every named deck studied', () => {
		const lessons = new Set(outline.lessons);
		expect(isComplete(outline, { lessons, decks: new Set(['transfer-learning']) })).toBe(true);
		expect(isComplete(outline, { lessons, decks: new Set() })).toBe(false);
		expect(isComplete(outline, { lessons: new Set(['regularization']), decks: new Set(['transfer-learning']) })).toBe(false);
		expect(isComplete({ ...outline, rule: { everyLesson: false, decks: [] } }, { lessons: new Set(), decks: new Set() })).toBe(true);
	});

	it('knows a lesson page in any language, and nothing else', () => {
		expect(lessonOfPage(outline, 'tr/strategies/introduction/')).toBe('strategies/introduction');
		expect(lessonOfPage(outline, 'en/regularization/index.html')).toBe('regularization');
		expect(lessonOfPage(outline, 'en/glossary/')).toBeUndefined();
		expect(lessonOfPage(outline, 'xx/regularization/')).toBeUndefined();
	});

	it('counts a deck as studied once every card of it has an answer', () => {
		const now = new Date('2026-12-05T12:00:00Z');
		const one = new Map([['transfer-learning/a', reviewed('transfer-learning/a', 10, now)]]);
		expect(studiedDecks(outline, one)).toEqual([]);
		one.set('transfer-learning/b', reviewed('transfer-learning/b', 10, now));
		expect(studiedDecks(outline, one)).toEqual(['transfer-learning']);
	});

	it('scores the share of cards recalled now at the desired retention, none when this device has no answer', () => {
		const now = new Date('2026-12-05T12:00:00Z');
		const records = new Map([
			['transfer-learning/a', reviewed('transfer-learning/a', 10, new Date(now.getTime() - 1 * day))],
			['transfer-learning/b', reviewed('transfer-learning/b', 1, new Date(now.getTime() - 30 * day))],
		]);
		expect(recallScore(outline, records, { desiredRetention: 0.9 }, now)).toBe(0.5);
		expect(recallScore(outline, new Map([...records].slice(0, 1)), { desiredRetention: 0.9 }, now)).toBe(0.5);
		expect(recallScore(outline, records, { desiredRetention: 0.99 }, now)).toBe(0);
		expect(recallScore(outline, new Map(), { desiredRetention: 0.9 }, now)).toBeUndefined();
	});

	it('scores 0 for a learner who answered every card of the deck Again, however recently', () => {
		const keys = Array.from({ length: 14 }, (_, i) => `transfer-learning/c${i}`);
		const deck = { ...outline, deckCards: { 'transfer-learning': keys } };
		const start = new Date('2026-12-05T09:00:00Z');
		const scheduler = createScheduler(DEFAULT_SETTINGS, 'Europe/Istanbul');
		const records = new Map<string, CardRecord>();
		const answer = (key: string, rating: Rating, at: Date) => records.set(key, scheduler.answer(records.get(key), key, rating, at, `${key}@${at.toISOString()}`).after);
		keys.forEach((key, i) => answer(key, 1, new Date(start.getTime() + i * 10_000)));
		const later = (hours: number) => new Date(start.getTime() + hours * 3_600_000);
		for (const hours of [0.1, 1, 12, 23]) expect(recallScore(deck, records, DEFAULT_SETTINGS, later(hours))).toBe(0);
		// Learned, then forgotten: an Again in review is not recalled either.
		for (const key of keys) {
			answer(key, 4, later(1));
			answer(key, 1, later(2));
		}
		expect(recallScore(deck, records, DEFAULT_SETTINGS, later(2.1))).toBe(0);
		// Answered right once (Good, one learning step on): recalled, as the curve says.
		for (const key of keys) answer(key, 3, later(3));
		expect(recallScore(deck, records, DEFAULT_SETTINGS, later(3.1))).toBe(1);
	});

	it('counts a card as recalled by the time since its answer, whatever the time zone', () => {
		const now = new Date('2026-12-05T12:00:00Z');
		// Stability half a day, answered 20 hours ago: recall about 0.86, under 0.9.
		const records = new Map([['transfer-learning/a', reviewed('transfer-learning/a', 0.5, new Date(now.getTime() - 20 * 3_600_000))]]);
		const zone = process.env.TZ;
		try {
			for (const timeZone of ['UTC', 'Europe/Istanbul', 'America/Los_Angeles']) {
				process.env.TZ = timeZone;
				expect(recallScore(outline, records, { desiredRetention: 0.9 }, now)).toBe(0);
				expect(recallScore(outline, records, { desiredRetention: 0.85 }, now)).toBe(0.5);
			}
		} finally {
			process.env.TZ = zone;
		}
	});

	it("uses the learner's own parameters when they adopted them", () => {
		const now = new Date('2026-12-05T12:00:00Z');
		const records = new Map([['transfer-learning/a', reviewed('transfer-learning/a', 1, new Date(now.getTime() - 3 * day))]]);
		// Three days on a one-day stability: recall 0.81 by the default curve, 0.77 by one that decays faster.
		const faster = [...default_w];
		faster[20] = 0.5;
		expect(recallScore(outline, records, { desiredRetention: 0.8 }, now)).toBe(0.5);
		expect(recallScore(outline, records, { desiredRetention: 0.8, parameters: faster }, now)).toBe(0);
	});
});

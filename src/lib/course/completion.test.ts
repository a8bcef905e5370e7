import { describe, expect, it } from 'vitest';
import type { CardRecord } from '../srs/types';
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
		expect(recallScore(outline, records, 0.9, now, 'UTC')).toBe(0.5);
		expect(recallScore(outline, new Map([...records].slice(0, 1)), 0.9, now, 'UTC')).toBe(0.5);
		expect(recallScore(outline, records, 0.99, now, 'UTC')).toBe(0);
		expect(recallScore(outline, new Map(), 0.9, now, 'UTC')).toBeUndefined();
	});
});

import { describe, expect, it } from 'vitest';
import { decodeProgress, encodeProgress, shortHash, SUSPEND_DATA_LIMIT } from './progress-state';

const lessons = ['strategies/introduction', 'strategies/transfer-learning', 'regularization'];

describe('course progress in suspend_data', () => {
	it('round-trips opened lessons and studied decks', () => {
		const text = encodeProgress({ lessons: new Set(lessons.slice(0, 2)), decks: new Set(['transfer-learning']) }, SUSPEND_DATA_LIMIT['1.2']);
		expect(text).toMatch(/^1\|[0-9a-z]{8}\|[0-9a-z]{4}$/);
		expect(decodeProgress(text, lessons, ['transfer-learning', 'terms'])).toEqual({ lessons: new Set(lessons.slice(0, 2)), decks: new Set(['transfer-learning']) });
	});

	it('keeps what was done when lessons are added or reordered', () => {
		const text = encodeProgress({ lessons: new Set(['regularization']), decks: new Set() }, 4096);
		expect(decodeProgress(text, ['new-lesson', ...lessons].reverse(), []).lessons).toEqual(new Set(['regularization']));
	});

	it('reads anything else as nothing done', () => {
		for (const stored of ['', 'garbage', '{"v":1}', '2|abcd|']) expect(decodeProgress(stored, lessons, ['d'])).toEqual({ lessons: new Set(), decks: new Set() });
	});

	it('stays within the SCORM 1.2 limit for a course of 1,000 lessons and more', () => {
		const many = Array.from({ length: 1500 }, (_, i) => `chapter-${i % 40}/lesson-${i}`);
		const text = encodeProgress({ lessons: new Set(many), decks: new Set(['a', 'b', 'c']) }, SUSPEND_DATA_LIMIT['1.2']);
		expect(text.length).toBeLessThanOrEqual(4096);
		expect(decodeProgress(text, many, ['a', 'b', 'c']).decks.size).toBe(3);
		expect(decodeProgress(text, many, []).lessons.size).toBeGreaterThanOrEqual(1000);
		expect(encodeProgress({ lessons: new Set(many), decks: new Set() }, SUSPEND_DATA_LIMIT['2004']).length).toBeLessThan(64000);
	});

	it('hashes ids to four characters, distinct for the lessons of a course', () => {
		expect(new Set(lessons.map(shortHash)).size).toBe(3);
		expect(shortHash('regularization')).toHaveLength(4);
	});
});

import { describe, expect, it } from 'vitest';
import { lessonUrl, trainerUrl } from './lesson-url';

describe('lessonUrl', () => {
	it('builds a section link under the base path', () => {
		expect(lessonUrl('/', 'en', { lesson: 'strategies/transfer-learning', section: 'fine-tuning' })).toBe(
			'/en/strategies/transfer-learning/#fine-tuning',
		);
		expect(lessonUrl('/course/', 'tr', { lesson: 'strategies/transfer-learning' })).toBe('/course/tr/strategies/transfer-learning/');
		expect(lessonUrl('/course', 'tr', { lesson: 'strategies/introduction' })).toBe('/course/tr/strategies/introduction/');
	});

	it('maps an index lesson to its folder', () => {
		expect(lessonUrl('/', 'en', { lesson: 'regularization/index', section: 'dropout' })).toBe('/en/regularization/#dropout');
		expect(lessonUrl('/', 'en', { lesson: 'index' })).toBe('/en/');
	});
});

describe('trainerUrl', () => {
	it('opens the trainer on a deck', () => {
		expect(trainerUrl('/course/', 'en', 'transfer learning')).toBe('/course/en/practice/trainer/?deck=transfer%20learning');
		expect(trainerUrl('/', 'tr')).toBe('/tr/practice/trainer/');
	});
});

import { describe, expect, it } from 'vitest';
import { resolveLessonLink, withBase } from './lesson-links';

const files = new Set(['en/strategies/transfer-learning.mdx', 'en/regularization/index.md', 'tr/strategies/introduction.md']);
const exists = (f: string) => files.has(f);

describe('resolveLessonLink', () => {
	it('rewrites a relative lesson link under the base path, keeping the fragment', () => {
		expect(resolveLessonLink('en/strategies/other.md', './transfer-learning.mdx#when', '/course/', exists)).toEqual({
			kind: 'lesson',
			url: '/course/en/strategies/transfer-learning/#when',
		});
		expect(resolveLessonLink('en/strategies/other.md', '../regularization/index.md', '/', exists)).toEqual({
			kind: 'lesson',
			url: '/en/regularization/',
		});
	});

	it('leads an index page or the home page to its folder\'s address', () => {
		expect(resolveLessonLink('en/strategies/other.md', '../index.mdx', '/', () => true)).toEqual({ kind: 'lesson', url: '/en/' });
	});

	it('reports a link to a lesson that does not exist, with the resolved target', () => {
		expect(resolveLessonLink('tr/strategies/introduction.md', './nope.md', '/', exists)).toEqual({
			kind: 'missing',
			target: 'tr/strategies/nope.md',
		});
		expect(resolveLessonLink('en/a.md', '../../outside.md', '/', exists).kind).toBe('missing');
	});

	it('links to a lesson not yet translated, which the site serves in the source language', () => {
		expect(resolveLessonLink('tr/strategies/introduction.md', './transfer-learning.mdx', '/', exists)).toEqual({
			kind: 'lesson',
			url: '/tr/strategies/transfer-learning/',
		});
	});

	it('leaves external, fragment and non-lesson links alone', () => {
		for (const href of ['https://example.org/a.md', '#x', 'mailto:a@b.c', '../figures/a.svg', '/en/trainer/']) {
			expect(resolveLessonLink('en/a.md', href, '/', exists)).toEqual({ kind: 'other' });
		}
	});
});

describe('withBase', () => {
	it('joins without doubling slashes', () => {
		expect(withBase('/course/', '/en/trainer/')).toBe('/course/en/trainer/');
		expect(withBase('/', '/en/')).toBe('/en/');
		expect(withBase('/course', 'en/')).toBe('/course/en/');
	});
});

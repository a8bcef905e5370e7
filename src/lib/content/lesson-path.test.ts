import { describe, expect, it } from 'vitest';
import { classifyContentFile, docsEntryId, lessonId, lessonOfDocsEntry, lessonUrl } from './lesson-path';

const locales = ['en', 'tr'];

describe('lessonId', () => {
	it('is the path under the locale without extension or final index', () => {
		expect(lessonId('strategies/introduction.mdx')).toBe('strategies/introduction');
		expect(lessonId('regularization/index.md')).toBe('regularization');
		expect(lessonId('regularization.md')).toBe('regularization');
		expect(lessonId('index.mdx')).toBe('');
		expect(lessonId('strategies/indexing.md')).toBe('strategies/indexing');
	});

	it('matches the id of Astro\'s docs entry, both ways', () => {
		for (const id of ['', 'glossary', 'strategies/introduction']) {
			expect(lessonOfDocsEntry(docsEntryId('tr', id))).toEqual({ locale: 'tr', id });
		}
		expect(docsEntryId('en', '')).toBe('en');
	});

	it('gives the page under the base path', () => {
		expect(lessonUrl('/course/', 'tr', 'regularization')).toBe('/course/tr/regularization/');
		expect(lessonUrl('/', 'en', '')).toBe('/en/');
		expect(lessonUrl('/course', 'en', 'a/b')).toBe('/course/en/a/b/');
	});
});

describe('classifyContentFile', () => {
	it('knows lessons, chapter labels, partials and other files', () => {
		expect(classifyContentFile('en/strategies/introduction.mdx', locales)).toEqual({ kind: 'lesson', locale: 'en', pathInLocale: 'strategies/introduction.mdx', id: 'strategies/introduction' });
		expect(classifyContentFile('tr/practice/chapter.yaml', locales)).toEqual({ kind: 'chapter-label', locale: 'tr', chapter: 'practice' });
		for (const other of ['en/_parts/note.md', 'figures/en/a.svg', 'glossary/en.yaml', '404.mdx', 'en/strategies/figure.svg']) {
			expect(classifyContentFile(other, locales).kind, other).toBe('not-a-lesson');
		}
	});

	it('refuses a page outside the locale folders, with where to move it', () => {
		expect(classifyContentFile('de/intro.md', locales)).toMatchObject({ kind: 'misplaced', fix: expect.stringContaining('content/en/') });
		expect(classifyContentFile('intro.md', locales).kind).toBe('misplaced');
	});

	it('refuses names the page address would change, naming the one to use', () => {
		expect(classifyContentFile('en/strategies/Transfer Learning.md', locales)).toMatchObject({ kind: 'misplaced', fix: expect.stringContaining('content/en/strategies/transfer-learning.md') });
	});

	it('asks for a name of its own when the address would keep nothing of it, and never suggests an empty one', () => {
		const emoji = classifyContentFile('en/strategies/🎉.mdx', locales);
		expect(emoji).toMatchObject({ kind: 'misplaced', message: expect.stringContaining('"🎉" has no letter or digit'), fix: expect.stringContaining('e.g. content/en/strategies/model-metrics.mdx') });
		expect(emoji.kind === 'misplaced' && emoji.fix).not.toContain('strategies/.mdx');
	});

	it('blames a chapter folder\'s name once for all its files, the label included', () => {
		for (const path of ['en/Extra/chapter.yaml', 'en/Extra/x.md', 'en/Extra/index.mdx']) {
			expect(classifyContentFile(path, locales), path).toMatchObject({ kind: 'misplaced', folder: 'content/en/Extra/', fix: expect.stringMatching(/^rename it to content\/en\/extra\/,/) });
		}
		expect(classifyContentFile('en/Extra/figure.svg', locales).kind).toBe('not-a-lesson');
	});

	it('refuses other Markdown extensions and folders inside a chapter', () => {
		expect(classifyContentFile('en/a/b.markdown', locales)).toMatchObject({ kind: 'misplaced', fix: 'rename it to a/b.md' });
		expect(classifyContentFile('en/a/b/c.md', locales)).toMatchObject({ kind: 'misplaced', fix: expect.stringContaining('content/en/a/c.md') });
	});

	it('reads a lesson whose extension is not in lower case as the lesson it names, with the file to rename', () => {
		expect(classifyContentFile('en/evaluation/metrics.MD', locales)).toEqual({ kind: 'lesson', locale: 'en', pathInLocale: 'evaluation/metrics.MD', id: 'evaluation/metrics', extensionCase: { message: expect.stringMatching(/^the extension "\.MD" is not in lower case/), fix: 'rename it to content/en/evaluation/metrics.md' } });
		expect(classifyContentFile('en/evaluation/index.Mdx', locales)).toMatchObject({ kind: 'lesson', id: 'evaluation', extensionCase: { fix: 'rename it to content/en/evaluation/index.mdx' } });
		expect(classifyContentFile('en/a/b.MARKDOWN', locales)).toMatchObject({ kind: 'misplaced', fix: 'rename it to a/b.md' });
	});
});

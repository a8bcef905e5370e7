import { describe, expect, it } from 'vitest';
import { readChapters, readingOrder } from './chapters';
import { buildLessonIndex } from './lesson-index';

const lesson = (title: string, order?: number) => `---\ntitle: ${title}\n${order ? `sidebar:\n  order: ${order}\n` : ''}---\n`;
function chaptersOf(files: Record<string, string>) {
	const index = buildLessonIndex(
		Object.entries(files).map(([path, text]) => ({ path, text })),
		{ locales: ['en', 'tr'] },
	);
	return { index, chapters: readChapters(index) };
}

describe('readChapters', () => {
	it('makes a chapter of each folder, labelled per locale and placed by its order, and lists the pages outside them', () => {
		const { index, chapters } = chaptersOf({
			'content/en/index.mdx': lesson('Home'),
			'content/en/glossary.mdx': lesson('Glossary'),
			'content/en/basics/chapter.yaml': 'label: Basics\norder: 1\n',
			'content/en/basics/b.md': lesson('B', 2),
			'content/en/basics/a.md': lesson('A', 1),
			'content/en/zeta/chapter.yaml': 'label: Zeta\n',
			'content/en/zeta/index.md': lesson('Zeta'),
			'content/en/more/chapter.yaml': 'label: More\norder: 2\n',
			'content/en/more/c.md': lesson('C'),
			'content/tr/basics/chapter.yaml': 'label: Temeller\n',
		});
		expect(chapters.problems).toEqual([]);
		expect(chapters.chapters).toEqual([
			{ id: 'basics', order: 1, labels: { en: 'Basics', tr: 'Temeller' } },
			{ id: 'more', order: 2, labels: { en: 'More' } },
			{ id: 'zeta', labels: { en: 'Zeta' } },
		]);
		expect(chapters.topPages.map((page) => page.id)).toEqual(['glossary']);
		expect(chapters.untranslated.map((gap) => gap.file)).toEqual(['content/tr/more/chapter.yaml', 'content/tr/zeta/chapter.yaml']);
		expect(readingOrder(chapters, index.lessons, 'en')).toEqual(['basics/a', 'basics/b', 'more/c', 'zeta', 'glossary']);
	});

	it('asks for the label of a new chapter folder, and keeps the order in the source locale', () => {
		const { chapters } = chaptersOf({
			'content/en/new/a.md': lesson('A'),
			'content/en/old/chapter.yaml': 'label: Old\n',
			'content/en/old/a.md': lesson('A'),
			'content/tr/old/chapter.yaml': 'label: Eski\norder: 3\n',
			'content/tr/gone/chapter.yaml': 'label: Yok\n',
		});
		expect(chapters.problems.map((problem) => `${problem.file}:${problem.line ?? ''} ${problem.message}`)).toEqual([
			'content/en/new/chapter.yaml: the chapter folder content/en/new/ has no label file',
			'content/tr/old/chapter.yaml:2 the order of chapters is set once, in the source locale\'s chapter.yaml',
			'content/tr/gone/chapter.yaml: there is no en chapter "gone" (a folder of lessons under content/en/) for this label',
		]);
	});
});

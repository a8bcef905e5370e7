import { describe, expect, it } from 'vitest';
import { buildLessonIndex, findLesson, type IndexOptions } from './lesson-index';

const options: IndexOptions = { locales: ['en', 'tr'] };
const index = (files: Record<string, string>, extra: Partial<IndexOptions> = {}) =>
	buildLessonIndex(
		Object.entries(files).map(([path, text]) => ({ path, text })),
		{ ...options, ...extra },
	);
const lesson = (title: string, body = '') => `---\ntitle: ${title}\n---\n\n${body}`;
const places = (files: Record<string, string>) => index(files).problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`);

describe('the lesson index', () => {
	it('lists every lesson with its id, title, heading ids and deck, source locale first', () => {
		const built = index({
			'content/tr/regularization/index.md': lesson('Düzenlileştirme'),
			'content/en/regularization/index.md': '---\ntitle: Regularization\ndeck: regularization\nsidebar:\n  order: 2\n---\n\n## Dropout {#dropout}\n',
			'content/en/index.mdx': lesson('Home'),
			'content/en/_partial.md': 'not a page',
		});
		expect(built.lessons.map((entry) => `${entry.locale} "${entry.id}" ${entry.title}`)).toEqual(['en "" Home', 'en "regularization" Regularization', 'tr "regularization" Düzenlileştirme']);
		expect(findLesson(built, 'en', 'regularization')).toMatchObject({ deck: 'regularization', order: 2, headings: [{ id: 'dropout', line: 8, explicit: true }] });
		expect(built.problems).toEqual([]);
		expect(built.untranslated).toEqual([{ locale: 'tr', id: '', file: 'content/tr/index.mdx' }]);
	});

	it('names the real file and line of a missing title, and of invalid frontmatter', () => {
		expect(places({ 'content/en/a.md': '---\ndescription: D\n---\n' })).toEqual(['content/en/a.md:2: the lesson has no title']);
		expect(places({ 'content/en/a.md': 'No frontmatter.\n' })).toEqual(['content/en/a.md:1: the lesson has no frontmatter, so it has no title']);
		expect(places({ 'content/en/a.md': '---\ntitle: A: B\n---\n' })[0]).toMatch(/^content\/en\/a\.md:2: the frontmatter is not valid YAML: /);
	});

	it('reports the schema\'s verdict on a field at the field\'s line', () => {
		const checkFrontmatter = (data: unknown) => ((data as { deck?: string }).deck === 'Bad' ? [{ path: ['deck'], message: 'use lowercase letters' }] : []);
		const built = index({ 'content/en/a.md': '---\ntitle: A\ndeck: Bad\n---\n' }, { checkFrontmatter });
		expect(built.problems).toEqual([{ file: 'content/en/a.md', line: 3, at: 'field "deck"', message: 'use lowercase letters' }]);
	});

	it('checks the frontmatter as Astro reads it: a date is a date', () => {
		const seen: unknown[] = [];
		const checkFrontmatter = (data: unknown) => {
			seen.push((data as { lastUpdated?: unknown }).lastUpdated);
			return [];
		};
		index({ 'content/en/a.md': '---\ntitle: A\nlastUpdated: 2025-03-01\n---\n' }, { checkFrontmatter });
		expect(seen).toEqual([new Date('2025-03-01T00:00:00.000Z')]);
	});

	it('names the line of a field the schema rejects in nested frontmatter', () => {
		const checkFrontmatter = () => [{ path: ['sidebar', 'order'], message: 'expected a number' }];
		expect(index({ 'content/en/a.md': '---\ntitle: A\nsidebar:\n  label: L\n  order: first\n---\n' }, { checkFrontmatter }).problems).toEqual([
			{ file: 'content/en/a.md', line: 5, at: 'field "sidebar.order"', message: 'expected a number' },
		]);
	});

	it('refuses slug:, which would give the page an address nothing else knows', () => {
		expect(places({ 'content/en/a.md': '---\ntitle: A\nslug: elsewhere\n---\n' })).toEqual([expect.stringMatching(/^content\/en\/a\.md:3: .*slug/)]);
	});

	it('points an MDX error at the tag, not at the end of the file', () => {
		const text = `${lesson('A')}Intro.\n\n<Exercise id="x" kind="lab" title="T">\n\nQuestion.\n\nMore.\n\nEnd.\n`;
		const [problem] = index({ 'content/en/a.mdx': text }).problems;
		expect(problem).toMatchObject({ file: 'content/en/a.mdx', line: 7, column: 1, message: expect.stringContaining('<Exercise>') });
	});

	it('reports two headings with one id, at the second', () => {
		expect(places({ 'content/en/a.md': lesson('A', '## One {#x}\n\n## Two {#x}\n') })).toEqual([
			'content/en/a.md:7: the heading id "x" is already the id of the heading on line 5, so links to #x can only reach that one',
		]);
	});

	it('refuses a translation with no source lesson, pointing to the lesson it was renamed to', () => {
		const english = lesson('Dropout', 'Text.\n');
		const built = index({
			'content/en/regularization/dropout.md': english,
			'content/tr/dropout.md': `---\ntitle: Sönümleme\nsourceHash: ${findLesson(index({ 'content/en/x.md': english }), 'en', 'x')!.hash}\n---\n`,
			'content/tr/nowhere.md': lesson('Hiçbir yer'),
		});
		expect(built.problems.map((problem) => `${problem.file}: ${problem.fix}`)).toEqual([
			'content/tr/dropout.md: it translates content/en/regularization/dropout.md (its sourceHash matches), which was renamed: rename this file to content/tr/regularization/dropout.md',
			'content/tr/nowhere.md: add the en lesson content/en/nowhere.md, or rename or delete this file to match a en lesson',
		]);
	});
});

describe('links between lessons', () => {
	it('names the file, line and link of a link to a missing lesson', () => {
		expect(places({ 'content/en/a.md': lesson('A', 'See [b](./b.md).\n\nAnd [gone](./gone.md#x).\n'), 'content/en/b.md': lesson('B', 'Back to [a](./a.md).\n') })).toEqual([
			'content/en/a.md:7: the link "./gone.md#x" points to content/en/gone.md, which does not exist',
		]);
	});

	it('accepts a link to a lesson only the source locale has, and checks MDX too', () => {
		expect(places({ 'content/en/a.md': lesson('A'), 'content/en/b.md': lesson('B'), 'content/tr/a.mdx': `${lesson('A')}[b](./b.md) and [c](./c.md)\n` })).toEqual([
			'content/tr/a.mdx:5: the link "./c.md" points to content/tr/c.md, which does not exist',
		]);
	});

	it('finds broken links whatever the syntax: reference definitions, titles, angle brackets, escapes', () => {
		expect(
			places({
				'content/en/a.md': lesson('A', '[ok](./a.md "A")\n\n[ref]\n\n[ref]: ./gone-ref.md\n'),
				'content/en/b.md': lesson('B', '[spaced](<./gone spaced.md>) and [ok](./a.md)\n'),
				'content/en/c.md': lesson('C', '[escaped](./gone\\_escaped.md) and [titled](./gone-titled.md "T")\n'),
			}),
		).toEqual([
			'content/en/a.md:9: the link "./gone-ref.md" points to content/en/gone-ref.md, which does not exist',
			'content/en/b.md:5: the link "./gone spaced.md" points to content/en/gone spaced.md, which does not exist',
			'content/en/c.md:5: the link "./gone_escaped.md" points to content/en/gone_escaped.md, which does not exist',
			'content/en/c.md:5: the link "./gone-titled.md" points to content/en/gone-titled.md, which does not exist',
		]);
	});

	it('says what a broken link most likely meant: backslashes, a slip in the name, a lesson moved to another folder, a look-alike dash in an anchor', () => {
		const target = lesson('Dropout', '## Early stopping {#early-stopping}\n');
		expect(
			places({
				'content/en/regularization/dropout.md': target,
				'content/en/strategies/a.md': lesson('A', '[w](..\\regularization\\dropout.md)\n\n[s](../regularization/droput.md)\n\n[m](./dropout.md#early-stopping)\n\n[h](../regularization/dropout.md#early\u2011stopping)\n'),
			}),
		).toEqual([
			'content/en/strategies/a.md:5: the link "..\\regularization\\dropout.md" points to content/en/strategies/..\\regularization\\dropout.md, which does not exist: links separate folders with "/", not "\\"',
			'content/en/strategies/a.md:7: the link "../regularization/droput.md" points to content/en/regularization/droput.md, which does not exist; did you mean "../regularization/dropout.md"?',
			'content/en/strategies/a.md:9: the link "./dropout.md#early-stopping" points to content/en/strategies/dropout.md, which does not exist; did you mean "../regularization/dropout.md#early-stopping"?',
			'content/en/strategies/a.md:11: the link "../regularization/dropout.md#early\u2011stopping" points to no heading of content/en/regularization/dropout.md: none has the id "early\u2011stopping"; did you mean "early-stopping"?',
		]);
		const fixes = index({ 'content/en/regularization/dropout.md': target, 'content/en/strategies/a.md': lesson('A', '[w](..\\regularization\\dropout.md) [m](./dropout.md#early-stopping)\n') }).problems.map((problem) => problem.fix);
		expect(fixes).toEqual(['write "../regularization/dropout.md"', 'write "../regularization/dropout.md#early-stopping"']);
		// A Turkish lesson may link to a lesson only the source locale has yet.
		expect(places({ 'content/en/regularization/dropout.md': target, 'content/en/a.md': lesson('A'), 'content/tr/a.md': lesson('A', '[d](./regularization/dropot.md)\n') })).toEqual([
			'content/tr/a.md:5: the link "./regularization/dropot.md" points to content/tr/regularization/dropot.md, which does not exist; did you mean "./regularization/dropout.md"?',
		]);
	});

	it('ignores code, external links and partials', () => {
		expect(places({ 'content/en/a.md': lesson('A', '```md\n[x](./nope.md)\n```\n\n`[y](./nope.md)` [z](https://example.org/nope.md)\n'), 'content/en/_draft.md': '[x](./nope.md)\n' })).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import { mergeResources, parseResourceFile, placeholderProblems, ResourceError, resourceProblems } from './i18n-resources';

describe('mergeResources', () => {
	it('merges the files of one locale', () => {
		expect(
			mergeResources([
				{ path: 'src/i18n/tr/site.json', data: { 'site.a': 'A' } },
				{ path: 'src/i18n/tr/trainer.json', data: { 'trainer.b': 'B' } },
			]),
		).toEqual({ 'site.a': 'A', 'trainer.b': 'B' });
	});

	it('names both files when a key is defined twice', () => {
		expect(() =>
			mergeResources([
				{ path: 'src/i18n/tr/a.json', data: { k: 'x' } },
				{ path: 'src/i18n/tr/b.json', data: { k: 'y' } },
			]),
		).toThrow('src/i18n/tr/b.json: key "k": the key is already defined in src/i18n/tr/a.json');
	});

	it('names the file and key of a value that is not text', () => {
		expect(() => mergeResources([{ path: 'src/i18n/en/a.json', data: { k: 3 } }])).toThrow(ResourceError);
		expect(() => mergeResources([{ path: 'src/i18n/en/a.json', data: { k: 3 } }])).toThrow('key "k": the value is number, not text');
	});

	it('names the file and key of an empty text, which would show as nothing instead of the source locale\'s text', () => {
		expect(() => mergeResources([{ path: 'src/i18n/tr/decks.json', data: { 'decks.true': ' ' } }])).toThrow('src/i18n/tr/decks.json: key "decks.true": the text is empty');
	});
});

describe('reading and checking UI string files', () => {
	it('accepts a byte-order mark and CRLF line endings', () => {
		expect(parseResourceFile('src/i18n/de/site.json', '\uFEFF{\r\n\t"a": "A"\r\n}\r\n')).toMatchObject({ file: { data: { a: 'A' } } });
	});

	it('gives the line and column of a JSON mistake', () => {
		expect(parseResourceFile('src/i18n/de/site.json', '{\n\t"a": "A",\n}\n')).toMatchObject({ problem: { file: 'src/i18n/de/site.json', line: 3, column: 1, message: expect.stringMatching(/^not valid JSON: /) } });
	});

	it('lists every problem of a locale\'s files, each at its key\'s line', () => {
		const files = [
			{ path: 'src/i18n/de/a.json', data: { k: 'x', n: 3 }, text: '{\n\t"k": "x",\n\t"n": 3\n}' },
			{ path: 'src/i18n/de/b.json', data: { k: 'y' }, text: '{\n\t"k": "y"\n}' },
		];
		expect(resourceProblems(files).map((problem) => `${problem.file}:${problem.line} ${problem.at}`)).toEqual(['src/i18n/de/a.json:3 key "n"', 'src/i18n/de/b.json:2 key "k"']);
	});

	it('refuses a placeholder the source string does not fill in, plural forms included', () => {
		const source = { greet: 'Hello {{name}}', count_one: '{{count}} card', count_other: '{{count}} cards' };
		const files = [{ path: 'src/i18n/de/a.json', data: { greet: 'Hallo {{nmae}}', count_few: '{{count}} Karten' }, text: '{\n"greet": "Hallo {{nmae}}",\n"count_few": "{{count}} Karten"\n}' }];
		expect(placeholderProblems(source, files)).toEqual([expect.objectContaining({ line: 2, at: 'key "greet"', fix: expect.stringContaining('{{name}}') })]);
	});
});

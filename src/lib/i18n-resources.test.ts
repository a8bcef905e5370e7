import { describe, expect, it } from 'vitest';
import { mergeResources, ResourceError } from './i18n-resources';

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
		).toThrow('src/i18n/tr/b.json: key "k" is already defined in src/i18n/tr/a.json');
	});

	it('names the file and key of a value that is not text', () => {
		expect(() => mergeResources([{ path: 'src/i18n/en/a.json', data: { k: 3 } }])).toThrow(ResourceError);
		expect(() => mergeResources([{ path: 'src/i18n/en/a.json', data: { k: 3 } }])).toThrow('key "k" must be a string');
	});
});

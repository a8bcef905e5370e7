import { describe, expect, it } from 'vitest';
import { compareLocale } from './compare';
import { memoryFiles } from './test-files';
import { uiStringsAdapter } from './ui-strings';

function statusOf(files: Record<string, string>) {
	return compareLocale(uiStringsAdapter.inventory(memoryFiles(files), ['en', 'ar'], 'en'), 'ar').map(({ id, state, file }) => ({ id, state, file }));
}

describe('UI strings', () => {
	it('lists the missing keys with the file they belong in', () => {
		expect(
			statusOf({
				'src/i18n/en/trainer.json': '{"trainer.reveal": "Show answer", "trainer.undo": "Undo"}',
				'src/i18n/ar/trainer.json': '{"trainer.reveal": "أظهر الإجابة"}',
			}),
		).toEqual([
			{ id: 'trainer.reveal', state: 'current', file: 'src/i18n/ar/trainer.json' },
			{ id: 'trainer.undo', state: 'missing', file: 'src/i18n/ar/trainer.json' },
		]);
	});

	it('reports keys English no longer has, except overrides of Starlight’s own strings', () => {
		expect(
			statusOf({
				'src/i18n/en/site.json': '{"site.title": "Trainer"}',
				'src/i18n/ar/site.json': '{"site.title": "المدرب", "site.old": "قديم"}',
				'src/i18n/ar/starlight.json': '{"search.label": "بحث"}',
			}),
		).toEqual([
			{ id: 'site.title', state: 'current', file: 'src/i18n/ar/site.json' },
			{ id: 'site.old', state: 'orphaned', file: 'src/i18n/ar/site.json' },
		]);
	});

	it('names the file on bad JSON and on a key defined twice', () => {
		expect(() => statusOf({ 'src/i18n/en/site.json': '{"a": "A"}', 'src/i18n/ar/site.json': '{"a": ' })).toThrow(/^src\/i18n\/ar\/site\.json: not valid JSON/);
		expect(() => statusOf({ 'src/i18n/en/a.json': '{"k": "A"}', 'src/i18n/en/b.json': '{"k": "B"}' })).toThrow('src/i18n/en/b.json: key "k": the key is already defined in src/i18n/en/a.json');
	});
});

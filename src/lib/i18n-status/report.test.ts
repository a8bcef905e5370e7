import { describe, expect, it } from 'vitest';
import { buildReport, failingItems, itemsToDo } from './report';
import type { KindInventory } from './types';

const lessons: KindInventory = {
	kind: 'lesson',
	source: [
		{ id: 'intro', file: 'content/en/intro.md', hash: 'aaaaaaaaaaaa' },
		{ id: 'dropout', file: 'content/en/dropout.md', hash: 'bbbbbbbbbbbb' },
		{ id: 'heads', file: 'content/en/heads.md', hash: 'cccccccccccc' },
	],
	translations: {
		tr: [
			{ id: 'intro', file: 'content/tr/intro.md', recordedHash: 'aaaaaaaaaaaa' },
			{ id: 'dropout', file: 'content/tr/dropout.md', recordedHash: '000000000000' },
			{ id: 'heads', file: 'content/tr/heads.md' },
		],
		ar: [{ id: 'old', file: 'content/ar/old.md' }],
	},
	expectedFile: (item, locale) => item.file.replace('/en/', `/${locale}/`),
};
const ui: KindInventory = { kind: 'ui', source: [{ id: 'site.title', file: 'src/i18n/en/site.json' }], translations: {}, expectedFile: (_i, l) => `src/i18n/${l}/site.json` };

describe('buildReport', () => {
	const report = buildReport([lessons, ui], ['en', 'tr', 'ar'], 'en');

	it('has one entry per translated locale, kinds in their fixed order', () => {
		expect(report.locales.map((l) => l.locale)).toEqual(['tr', 'ar']);
		expect(report.locales[0]?.items.map((i) => `${i.kind}:${i.id}:${i.state}`)).toEqual([
			'ui:site.title:missing',
			'lesson:intro:current',
			'lesson:dropout:outdated',
			'lesson:heads:unstamped',
		]);
	});

	it('counts states per kind, orphans outside the total', () => {
		expect(report.locales[1]?.counts.lesson).toEqual({ missing: 3, outdated: 0, unstamped: 0, orphaned: 1, current: 0, total: 3 });
	});

	it('fails strict runs on anything left to do, the consistency check on missing and orphaned items only', () => {
		expect(itemsToDo(report)).toHaveLength(8);
		expect(failingItems(report, 'strict')).toHaveLength(8);
		expect(failingItems(report, 'check').map((i) => `${i.locale}:${i.id}`)).toEqual(['tr:site.title', 'ar:site.title', 'ar:intro', 'ar:dropout', 'ar:heads', 'ar:old']);
	});

	it('leaves a locale in progress out, unless it is the one named', () => {
		const partial = buildReport([lessons, ui], ['en', 'tr', 'ar'], 'en', ['ar']);
		expect(partial.locales.map((l) => `${l.locale}${l.inProgress ? ' in progress' : ''}`)).toEqual(['tr', 'ar in progress']);
		expect(failingItems(partial, 'check').map((i) => i.locale)).toEqual(['tr']);
		expect(failingItems(partial, 'strict', 'ar')).toHaveLength(5);
		expect(failingItems(partial, 'strict', 'tr').map((i) => i.id)).toEqual(['site.title', 'dropout', 'heads']);
	});
});

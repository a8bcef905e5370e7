import { describe, expect, it } from 'vitest';
import { buildReport } from './report';
import { formatReport } from './table';
import type { KindInventory } from './types';

const glossary: KindInventory = {
	kind: 'glossary',
	source: [
		{ id: 'head', file: 'content/glossary/en.yaml', hash: 'aaaaaaaaaaaa' },
		{ id: 'layer', file: 'content/glossary/en.yaml', hash: 'bbbbbbbbbbbb' },
		{ id: 'unit', file: 'content/glossary/en.yaml', hash: 'cccccccccccc' },
		{ id: 'weight', file: 'content/glossary/en.yaml', hash: 'dddddddddddd' },
	],
	translations: {
		ar: [
			{ id: 'head', file: 'content/glossary/ar.yaml', recordedHash: '000000000000' },
			{ id: 'unit', file: 'content/glossary/ar.yaml' },
			{ id: 'weight', file: 'content/glossary/ar.yaml' },
		],
	},
	expectedFile: (_item, locale) => `content/glossary/${locale}.yaml`,
};

describe('formatReport', () => {
	const report = buildReport([glossary], ['en', 'ar'], 'en');

	it('prints a row of counts per locale and kind', () => {
		expect(formatReport(report)).toMatch(/^ar +glossary entries +4 +1 +1 +2 +0$/m);
	});

	it('says what to do per item, with the hash to record', () => {
		const text = formatReport(report);
		expect(text).toContain('  missing   glossary:layer  → content/glossary/ar.yaml, then record sourceHash: bbbbbbbbbbbb');
		expect(text).toContain('  outdated  glossary:head  content/glossary/ar.yaml: English changed since sourceHash 000000000000; compare with content/glossary/en.yaml, then record sourceHash: aaaaaaaaaaaa');
	});

	it('sums unstamped items up per file unless asked for their hashes', () => {
		expect(formatReport(report)).toContain('  unstamped content/glossary/ar.yaml: 2 glossary entries without sourceHash\n  Once checked against English: npm run i18n:status -- --stamp ar');
		expect(formatReport(report, { hashes: true })).toContain('unstamped glossary:weight  content/glossary/ar.yaml: record sourceHash: dddddddddddd');
	});

	it('lists missing interface strings per file', () => {
		const ui: KindInventory = {
			kind: 'ui',
			source: [{ id: 'a.one', file: 'src/i18n/en/a.json' }, { id: 'a.two', file: 'src/i18n/en/a.json' }, { id: 'b.one', file: 'src/i18n/en/b.json' }],
			translations: { ar: [{ id: 'a.two', file: 'src/i18n/ar/a.json' }] },
			expectedFile: (item, locale) => item.file.replace('/en/', `/${locale}/`),
		};
		const text = formatReport(buildReport([ui], ['en', 'ar'], 'en'));
		expect(text).toContain('  missing   src/i18n/ar/a.json: 1 UI string(s): a.one\n  missing   src/i18n/ar/b.json: 1 UI string(s): b.one');
	});

	it('says when a locale is done', () => {
		expect(formatReport(buildReport([], ['en', 'tr'], 'en'))).toContain('tr: complete and up to date.');
	});
});

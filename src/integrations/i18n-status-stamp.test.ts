import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readTranslationStatus } from './i18n-status-data';
import { stampTranslations } from './i18n-status-stamp';

/** A throw-away project with an English lesson, its Turkish translation and one glossary entry in each language. */
function project(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'i18n-stamp-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

const files = {
	'content/en/intro.md': '---\ntitle: Introduction\n---\n\nWhy reuse a network.\n',
	'content/tr/intro.md': '---\ntitle: Giriş\n---\n\nBir ağı neden yeniden kullanırız.\n',
	'content/glossary/en.yaml': '- id: head\n  term: Head\n  definition: New layers.\n',
	'content/glossary/tr.yaml': '- id: head\n  term: Başlık\n  definition: Yeni katmanlar.\n',
};

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

const states = () =>
	readTranslationStatus(root)
		.locales[0]!.items.filter((item) => item.kind === 'lesson' || item.kind === 'glossary')
		.map((item) => `${item.kind}:${item.id} ${item.state}`);

describe('stampTranslations', () => {
	it('stamps every unstamped translation of a locale, after which it is current', () => {
		root = project(files);
		expect(states()).toEqual(['lesson:intro unstamped', 'glossary:head unstamped']);
		expect(stampTranslations(root, 'tr', [])).toHaveLength(2);
		expect(states()).toEqual(['lesson:intro current', 'glossary:head current']);
	});

	it('stamps an outdated translation when named, and only that one', () => {
		root = project(files);
		stampTranslations(root, 'tr', []);
		writeFileSync(join(root, 'content/en/intro.md'), files['content/en/intro.md'].replace('Why', 'When and why'));
		writeFileSync(join(root, 'content/glossary/en.yaml'), files['content/glossary/en.yaml'].replace('New layers', 'The new layers'));
		expect(states()).toEqual(['lesson:intro outdated', 'glossary:head outdated']);
		stampTranslations(root, 'tr', ['lesson:intro']);
		expect(states()).toEqual(['lesson:intro current', 'glossary:head outdated']);
		expect(readFileSync(join(root, 'content/tr/intro.md'), 'utf8')).toMatch(/^---\ntitle: Giriş\nsourceHash: [0-9a-f]{12}\n---\n/);
	});

	it('refuses what it cannot stamp, naming it', () => {
		root = project({ ...files, 'content/en/extra.md': '---\ntitle: Extra\n---\n' });
		expect(() => stampTranslations(root, 'tr', ['lesson:extra'])).toThrow('--stamp tr: lesson:extra is missing; translate it first');
		expect(() => stampTranslations(root, 'tr', ['intro'])).toThrow('--stamp tr: no item "intro"; write <kind>:<id>');
		expect(() => stampTranslations(root, 'xx', [])).toThrow('--stamp: "xx" is not a translated locale of the site (tr)');
	});
});

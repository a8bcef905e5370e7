import { describe, expect, it } from 'vitest';
import type { SiteLocale } from '../locales';
import { checkLocales } from './locale-check';

const en: SiteLocale = { code: 'en', lang: 'en', label: 'English', dir: 'ltr' };
const tr: SiteLocale = { code: 'tr', lang: 'tr', label: 'Türkçe', dir: 'ltr' };
const source = "export const locales = [\n\t{ code: 'en', lang: 'en' },\n\t{ code: 'tr', lang: 'tr' },\n\t{ code: 'tr', lang: 'tr' },\n];\n";

describe('checkLocales', () => {
	it('accepts the site\'s list and a region-specific locale in progress', () => {
		expect(checkLocales([en, tr, { code: 'pt-br', lang: 'pt-BR', label: 'Português', dir: 'ltr', inProgress: true }])).toEqual([]);
	});

	it('names entry, field and line of a locale listed twice, once', () => {
		expect(checkLocales([en, tr, tr], source)).toEqual([
			expect.objectContaining({ file: 'src/lib/locales.ts', line: 4, at: 'entry 3 ("tr"), field "code"', message: expect.stringContaining('listed twice') }),
		]);
	});

	it('refuses a second locale with the same language tag', () => {
		expect(checkLocales([en, tr, { ...tr, code: 'tr-x' }])).toEqual([expect.objectContaining({ at: 'entry 3 ("tr-x"), field "lang"', message: expect.stringContaining('already the tag of entry 2') })]);
	});

	it('refuses a tag that is not BCP 47, or not in its usual form, and a code that cannot be a folder', () => {
		const problems = checkLocales([en, { ...tr, code: 'de_DE', lang: 'de_DE' }, { ...tr, code: 'pt-br', lang: 'pt-br' }]);
		expect(problems.map((problem) => `${problem.at}: ${problem.fix}`)).toEqual([
			'entry 2 ("de_DE"), field "code": use 2 to 8 lowercase letters, then optional parts of lowercase letters and digits after hyphens, as in en, tr, pt-br, zh-hans',
			'entry 2 ("de_DE"), field "lang": write the language tag, e.g. en, tr, pt-BR, zh-Hans, ar',
			'entry 3 ("pt-br"), field "lang": write it as "pt-BR"',
		]);
	});

	it('refuses a bad direction, an empty label and a source in progress', () => {
		const problems = checkLocales([{ ...en, inProgress: true }, { ...tr, label: ' ', dir: 'down' as 'ltr' }]);
		expect(problems.map((problem) => problem.at)).toEqual(['entry 1 ("en"), field "inProgress"', 'entry 2 ("tr"), field "label"', 'entry 2 ("tr"), field "dir"']);
	});
});

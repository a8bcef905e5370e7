import { describe, expect, it } from 'vitest';
import { findLocale, locales, pickLocale, type SiteLocale } from './locales';

describe('pickLocale', () => {
	it('matches a full tag, then a primary language, in preference order', () => {
		expect(pickLocale(['tr-TR', 'en']).code).toBe('tr');
		expect(pickLocale(['de-DE', 'en-GB']).code).toBe('en');
		expect(pickLocale(['TR']).code).toBe('tr');
	});

	it('falls back to the source locale', () => {
		expect(pickLocale(['de', 'fr']).code).toBe('en');
		expect(pickLocale([]).code).toBe('en');
	});

	it('honours region-specific locales before primary-language matches', () => {
		const available: SiteLocale[] = [
			{ code: 'pt', lang: 'pt', label: 'Português', dir: 'ltr' },
			{ code: 'pt-br', lang: 'pt-BR', label: 'Português (Brasil)', dir: 'ltr' },
		];
		expect(pickLocale(['pt-BR'], available).code).toBe('pt-br');
		expect(pickLocale(['pt-PT'], available).code).toBe('pt');
	});
});

describe('locales', () => {
	it('has unique codes and finds them', () => {
		expect(new Set(locales.map((l) => l.code)).size).toBe(locales.length);
		expect(findLocale('tr')?.lang).toBe('tr');
		expect(findLocale('xx')).toBeUndefined();
	});
});

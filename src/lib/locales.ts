/**
 * The one list of locales the site is built in. Adding a locale means adding
 * an entry here plus its translated files (see docs/translating.md).
 * The first entry is the source locale every other one falls back to.
 */
export interface SiteLocale {
	/** URL segment and folder name under content/, quizzes/ and src/i18n/. */
	code: string;
	/** BCP 47 tag used for `<html lang>`, Intl and search indexing. */
	lang: string;
	/** Name of the language in that language, shown in the language switch. */
	label: string;
	dir: 'ltr' | 'rtl';
}

export const locales: readonly SiteLocale[] = [
	{ code: 'en', lang: 'en', label: 'English', dir: 'ltr' },
	{ code: 'tr', lang: 'tr', label: 'Türkçe', dir: 'ltr' },
];

export const sourceLocale: SiteLocale = locales[0]!;

/** Finds a locale by its code; undefined when the site is not built in it. */
export function findLocale(code: string): SiteLocale | undefined {
	return locales.find((locale) => locale.code === code);
}

/**
 * Chooses the site locale that best matches a visitor's preferred languages
 * (as in `navigator.languages`), falling back to the source locale.
 */
export function pickLocale(preferred: readonly string[], available: readonly SiteLocale[] = locales): SiteLocale {
	for (const tag of preferred) {
		const lower = tag.toLowerCase();
		const exact = available.find((l) => l.lang.toLowerCase() === lower);
		if (exact) return exact;
		const primary = lower.split('-')[0];
		const byPrimary = available.find((l) => l.lang.toLowerCase().split('-')[0] === primary);
		if (byPrimary) return byPrimary;
	}
	return available[0] ?? sourceLocale;
}

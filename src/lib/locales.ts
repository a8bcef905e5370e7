/**
 * The one list of locales the site is built in. Adding a locale means adding
 * an entry here plus its translated files (see docs/translating.md).
 * The first entry is the source locale every other one falls back to.
 * The build checks this list first (content/locale-check.ts).
 */
export interface SiteLocale {
	/** URL segment and folder name under content/, quizzes/ and src/i18n/: lowercase, e.g. `pt-br`. */
	code: string;
	/** BCP 47 tag for `<html lang>`, Intl (sorting, case, numbers) and search indexing, e.g. `pt-BR`. */
	lang: string;
	/** Name of the language in that language, shown in the language switch. */
	label: string;
	dir: 'ltr' | 'rtl';
	/**
	 * A translation still under way: it is published (untranslated parts show
	 * the source text with a notice) but `npm test` does not require it to be
	 * complete, and `i18n:status --strict` checks it only when it is named
	 * (`--strict <code>`).
	 */
	inProgress?: boolean;
}

export const locales: readonly SiteLocale[] = [
	{ code: 'en', lang: 'en', label: 'English', dir: 'ltr' },
	{ code: 'tr', lang: 'tr', label: 'Türkçe', dir: 'ltr' },
];

export const sourceLocale: SiteLocale = locales[0]!;

/**
 * A page's locale as code running in the page reads it: `code` for URLs and
 * lookups (texts, decks, files), `lang` for Intl (dates, numbers, sorting,
 * plural and language names). Handed on whole, not as one string, so that
 * neither stands in for the other: Intl takes no such object, and the type
 * checker stops `new Intl.NumberFormat(locale)` and `lessonUrl(base, locale)`
 * alike. The two differ whenever a tag has a region or script (`pt-br` is
 * `pt-BR`, `sr` may be `sr-Latn`).
 */
export type PageLocale = Pick<SiteLocale, 'code' | 'lang'>;

/** The locale of a Starlight page (`Astro.locals.starlightRoute.locale`, undefined on the source locale's root). */
export function routeLocale(code: string | undefined): SiteLocale {
	return findLocale(code ?? sourceLocale.code) ?? sourceLocale;
}

/** Finds a locale by its code; undefined when the site is not built in it. */
export function findLocale(code: string): SiteLocale | undefined {
	return locales.find((locale) => locale.code === code);
}

/** The BCP 47 tag of a locale code, for Intl; the code itself when the site has no such locale. */
export function langOf(code: string, available: readonly SiteLocale[] = locales): string {
	return available.find((locale) => locale.code === code)?.lang ?? code;
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

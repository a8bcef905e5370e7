/**
 * Locale-aware number and list formatting for generated text. Intl
 * formatters are slow to build, so one per locale is kept.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function cached<T>(cache: Map<string, T>, locale: string, make: () => T): T {
	let value = cache.get(locale);
	if (!value) {
		value = make();
		cache.set(locale, value);
	}
	return value;
}

/** 1200000 → "1,200,000" in English, "1.200.000" in Turkish. */
export function formatNumber(value: number, locale: string): string {
	return cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(value);
}

/** "a, b and c" in the locale's way. */
export function listOf(items: string[], locale: string): string {
	return cached(listFormats, locale, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
}

/** The plural category of a count ("one", "other", …). */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
	return cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count);
}

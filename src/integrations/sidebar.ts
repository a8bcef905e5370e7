import { locales } from '../lib/locales';
import { readLocaleResources } from './i18n-loader';
import { mergeResources } from '../lib/i18n-resources';

/**
 * Sidebar group labels come from the `sidebar.*` keys of `src/i18n/`, so a
 * new locale translates them in its files instead of in the config.
 */
export function sidebarLabels(root: string) {
	const byLocale = new Map(locales.map((l) => [l.lang, mergeResources(readLocaleResources(root, l.code))]));
	const source = byLocale.get(locales[0]!.lang)!;
	return (key: string) => {
		const label = source[key];
		if (!label) throw new Error(`src/i18n/${locales[0]!.code}/: missing sidebar label "${key}"`);
		const translations: Record<string, string> = {};
		for (const [lang, strings] of byLocale) if (strings[key]) translations[lang] = strings[key];
		return { label, translations };
	};
}

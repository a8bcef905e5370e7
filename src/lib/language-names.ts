/**
 * Language names inside interface strings ("shown in {{language}}"). A name
 * is written in the language of the text around it: where a locale has not
 * translated a string yet, i18next shows the source locale's, and a name in
 * the page's language inside it reads "shown in انگلیسی".
 */

/** Language names by the tag they are written in: a DisplayNames costs far more to make than to ask. */
const displayNames = new Map<string, Intl.DisplayNames>();

/** The name of the language of tag `lang`, written in the language of tag `inLang` ("Turkish" for tr in en). */
export function languageName(lang: string, inLang: string): string {
	let names = displayNames.get(inLang);
	if (!names) displayNames.set(inLang, (names = new Intl.DisplayNames([inLang], { type: 'language' })));
	return names.of(lang) ?? lang;
}

/** What namingText needs of a page's i18next translator (Starlight's `Astro.locals.t`). */
export interface Translator {
	(key: string, options?: Record<string, unknown>): string;
	exists(key: string, options?: Record<string, unknown>): boolean;
}

/** A string as shown, and the tag of its language where that is not the page's (for the `lang` attribute of its element). */
export interface NamingText {
	text: string;
	lang: string | undefined;
}

/**
 * `t(key, values)` with `{{language}}` the name of the language of tag
 * `named`, written in the language the string is shown in: the page's
 * (`pageLang`) when the page's strings have the key, in the plural form its
 * language takes for `values.count`, as i18next looks it up; otherwise the
 * source locale's (`sourceLang`), which i18next falls back to.
 */
export function namingText(t: Translator, pageLang: string, sourceLang: string): (key: string, named: string, values?: Record<string, unknown>) => NamingText {
	return (key, named, values = {}) => {
		const translated = t.exists(key, { ...values, fallbackLng: false });
		const lang = translated ? pageLang : sourceLang;
		return { text: t(key, { ...values, language: languageName(named, lang) }), lang: lang === pageLang ? undefined : lang };
	};
}

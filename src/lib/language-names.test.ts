import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { languageName, namingText, type Translator } from './language-names';

/** A translator as Starlight makes one for a page: i18next, falling back to English. */
async function pageTranslator(lang: string, resources: Record<string, Record<string, string>>): Promise<Translator> {
	const i18n = i18next.createInstance();
	await i18n.init({ resources: Object.fromEntries(Object.entries(resources).map(([tag, strings]) => [tag, { starlight: strings }])), fallbackLng: 'en', defaultNS: 'starlight' });
	const t = i18n.getFixedT(lang, 'starlight') as unknown as Translator;
	return Object.assign((key: string, options?: Record<string, unknown>) => t(key, options), { exists: (key: string, options?: Record<string, unknown>) => i18n.exists(key, { lng: lang, ns: 'starlight', ...options }) });
}

const english = {
	'glossary.untranslatedCount_one': '{{count}} term is not translated yet and is shown in {{language}}.',
	'glossary.untranslatedCount_other': '{{count}} terms are not translated yet and are shown in {{language}}.',
	'glossary.inLanguage': 'In {{language}}',
};

describe('languageName', () => {
	it('names a language in the language asked for', () => {
		const names = [['tr', 'en', 'Turkish'], ['en', 'tr', 'İngilizce'], ['en', 'fa', 'انگلیسی']];
		expect(names.map(([lang, inLang]) => languageName(lang!, inLang!))).toEqual(names.map(([, , name]) => name));
	});
});

describe('namingText', () => {
	it('names the language in English inside a string the page has not translated', async () => {
		const t = await pageTranslator('fa', { en: english, fa: {} });
		const naming = namingText(t, 'fa', 'en');
		expect(naming('glossary.untranslatedCount', 'en', { count: 65 })).toEqual({ text: '65 terms are not translated yet and are shown in English.', lang: 'en' });
		expect(naming('glossary.inLanguage', 'tr')).toEqual({ text: 'In Turkish', lang: 'en' });
	});

	it("names it in the page's language inside a translated string", async () => {
		const t = await pageTranslator('tr', { en: english, tr: { 'glossary.inLanguage': '{{language}} karşılığı' } });
		expect(namingText(t, 'tr', 'en')('glossary.inLanguage', 'en')).toEqual({ text: 'İngilizce karşılığı', lang: undefined });
	});

	it('follows the plural form the page needs: a locale that has only some forms falls back for the others', async () => {
		// Arabic says 3 in its "few" form and 11 in its "many" form; this translation has only "few".
		const t = await pageTranslator('ar-EG', { en: english, 'ar-EG': { 'glossary.untranslatedCount_few': '{{count}} مصطلحات معروضة باللغة {{language}}.' } });
		const naming = namingText(t, 'ar-EG', 'en');
		expect(naming('glossary.untranslatedCount', 'en', { count: 3 })).toEqual({ text: '3 مصطلحات معروضة باللغة الإنجليزية.', lang: undefined });
		expect(naming('glossary.untranslatedCount', 'en', { count: 11 })).toEqual({ text: '11 terms are not translated yet and are shown in English.', lang: 'en' });
	});
});

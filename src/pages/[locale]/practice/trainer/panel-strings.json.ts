import type { APIRoute, GetStaticPaths } from 'astro';
import keyList from '../../../../i18n/en/trainer.json';
import cardKeyList from '../../../../i18n/en/trainer-cards.json';
import { locales } from '../../../../lib/locales';
import { isPanelString } from '../../../../lib/trainer-session/panel-strings';

/**
 * The strings of the trainer's parts loaded on demand, in each locale
 * (src/lib/trainer-session/panel-strings.ts): fetched with their code, and
 * kept by the service worker with the locale's pages for offline use.
 */
export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale: locale.code } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ locals }) => {
	// The keys are read from the source locale's files, so t() knows each of them; its types only list Starlight's own.
	const t = locals.t as (key: string) => string;
	const keys = Object.keys({ ...keyList, ...cardKeyList }).filter(isPanelString);
	return new Response(JSON.stringify(Object.fromEntries(keys.map((key) => [key, t(key)]))), { headers: { 'content-type': 'application/json' } });
};

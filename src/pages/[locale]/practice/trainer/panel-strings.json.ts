import type { APIRoute, GetStaticPaths } from 'astro';
import { locales } from '../../../../lib/locales';
import { isPanelString, TRAINER_STRING_KEYS } from '../../../../lib/trainer-session/panel-strings';

/**
 * The strings of the trainer's parts loaded on demand, in each locale
 * (src/lib/trainer-session/panel-strings.ts): fetched with their code, and
 * kept by the service worker with the locale's pages for offline use.
 */
export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale: locale.code } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ locals }) => {
	// The keys are read from the source locale's files, so t() knows each of them; its types only list Starlight's own.
	const t = locals.t as (key: string) => string;
	const keys = TRAINER_STRING_KEYS.filter(isPanelString);
	return new Response(JSON.stringify(Object.fromEntries(keys.map((key) => [key, t(key)]))), { headers: { 'content-type': 'application/json' } });
};

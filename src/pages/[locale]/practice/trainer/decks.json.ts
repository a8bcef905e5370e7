import type { APIRoute, GetStaticPaths } from 'astro';
import { locales } from '../../../../lib/locales';
import { localeDecks } from '../../../../components/trainer/locale-decks';

/**
 * The trainer's decks in each locale, as a file of their own rather than
 * inside the trainer page (about 110 KB of its 165): the page is parsed and
 * painted without it, the trainer fetches it when it starts (the page's
 * head asks for it at once when the page is opened on a deck), and the
 * service worker keeps it with the locale's pages for offline use.
 */
export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale: locale.code } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => new Response(JSON.stringify(await localeDecks(params['locale'] ?? '')), { headers: { 'content-type': 'application/json' } });

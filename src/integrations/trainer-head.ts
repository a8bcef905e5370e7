import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { DB_VERSION, DEFAULT_DB_NAME } from '../lib/storage/database';
import { earlyOpenScript } from '../lib/storage/early-open';
import { TRAINER_PAGE, trainerDecksUrl } from '../lib/trainer-session/lesson-url';

/**
 * What the trainer page starts from the top of its head, right after the
 * character set and ahead of the stylesheets, so that it runs while the
 * page is parsed and the trainer's code loads:
 * - the inline script that opens the database and starts reading the cards
 *   (src/lib/storage/early-open.ts): an inline script further down waits
 *   for every stylesheet before it to load, and runs only once the parser
 *   reaches it, after the header and the sidebar;
 * - the fetch of the decks (src/pages/[locale]/practice/trainer/decks.json.ts),
 *   which the trainer's code takes over (same URL and credentials).
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const locale = route.locale ?? '';
	if (route.id !== `${locale}/${TRAINER_PAGE}`.replace(/^\//, '')) return;
	// After the character set, which belongs in the page's first 1,024 bytes.
	const charset = route.head.findIndex((entry) => entry.tag === 'meta' && entry.attrs?.['charset'] !== undefined);
	route.head.splice(
		charset + 1,
		0,
		{ tag: 'script', attrs: {}, content: earlyOpenScript(DEFAULT_DB_NAME, DB_VERSION, 'cardBuckets') },
		{ tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: trainerDecksUrl(import.meta.env.BASE_URL, locale) } },
	);
});

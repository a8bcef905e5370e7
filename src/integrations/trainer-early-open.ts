import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { DB_VERSION, DEFAULT_DB_NAME } from '../lib/storage/database';
import { earlyOpenScript } from '../lib/storage/early-open';
import { TRAINER_PAGE } from '../lib/trainer-session/lesson-url';

/**
 * The trainer page opens its database from an inline script in its head
 * (src/lib/storage/early-open.ts), right after the character set and ahead
 * of the stylesheets: an inline script further down waits for every
 * stylesheet before it to load, and runs only once the parser reaches it,
 * after the header and the sidebar.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (route.id !== `${route.locale ?? ''}/${TRAINER_PAGE}`.replace(/^\//, '')) return;
	// After the character set, which belongs in the page's first 1,024 bytes.
	const charset = route.head.findIndex((entry) => entry.tag === 'meta' && entry.attrs?.['charset'] !== undefined);
	route.head.splice(charset + 1, 0, { tag: 'script', attrs: {}, content: earlyOpenScript(DEFAULT_DB_NAME, DB_VERSION, 'cardBuckets') });
});

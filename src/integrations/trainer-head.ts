import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { DB_VERSION } from '../lib/storage/database';
import { earlyOpenScript } from '../lib/storage/early-open';
import { trainerDatabaseName } from '../lib/storage/store-name';
import { TRAINER_PAGE } from '../lib/trainer-session/lesson-url';
import { openingOnDeckScript } from '../lib/trainer-session/opening-on-deck';
import { isCoursePackageBuild } from './course-package';

/**
 * The trainer's database, named as the page's own code names it from the base path in its data
 * (Trainer.astro): a course package's pages hold a relative one there (src/lib/course/relative-paths.ts).
 */
const databaseName = trainerDatabaseName(isCoursePackageBuild ? './' : import.meta.env.BASE_URL);

/**
 * The inline script that opens the database and starts reading the cards
 * (src/lib/storage/early-open.ts), at the top of the trainer page's head,
 * right after the character set and ahead of the stylesheets, so that it
 * runs while the page is parsed and the trainer's code loads: an inline
 * script further down waits for every stylesheet before it to load, and
 * runs only once the parser reaches it, after the header and the sidebar.
 * (The decks and the code of the first card are asked for from the head
 * too, when the page is opened on a deck: src/integrations/trainer-preload.ts.)
 * Beside it, the script that marks a page opened on a deck, before the first
 * paint (src/lib/trainer-session/opening-on-deck.ts).
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
		{ tag: 'script', attrs: {}, content: earlyOpenScript(databaseName, DB_VERSION, 'cardBuckets') },
		{ tag: 'script', attrs: {}, content: openingOnDeckScript },
	);
});

import { spawnSync } from 'node:child_process';
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { parseNewestCommitDates } from '../lib/git-dates';

/**
 * Starlight reads "last updated" dates from the Git history of
 * `src/content/docs`, which here is a link Git does not track; the real
 * history is that of `content/`. Read it once per build. Starlight's own
 * lookup is off (`lastUpdated: false` in astro.config.mjs) so that it does
 * not run Git for nothing; a page can still opt out with
 * `lastUpdated: false` or set a date in its frontmatter.
 */
let commitDates: Map<string, number> | undefined;

function newestCommitDates(): Map<string, number> {
	if (!commitDates) {
		const log = spawnSync('git', ['log', '--format=t:%ct', '--name-status', '--', 'content'], {
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		});
		commitDates = log.status === 0 ? parseNewestCommitDates(log.stdout) : new Map();
	}
	return commitDates;
}

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const filePath = route.entry.filePath?.replace(/^src\/content\/docs\//, 'content/');
	const { lastUpdated } = route.entry.data;
	if (!filePath || lastUpdated === false) return;
	if (lastUpdated instanceof Date) {
		route.lastUpdated = lastUpdated;
		return;
	}
	const time = newestCommitDates().get(filePath);
	route.lastUpdated = time ? new Date(time) : undefined;
});

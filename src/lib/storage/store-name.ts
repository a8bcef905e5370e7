/**
 * Where a site's trainer keeps what it stores: one IndexedDB database per
 * base path, as the offline caches are one per base path
 * (src/lib/offline/manifest.ts), so two sites on one origin (`/course-a/`
 * and `/course-b/`) never share a learner's progress, settings, automatic
 * backup or daily limit. The site at the root keeps the name every version
 * has used (`transfer-trainer`), so its learners keep their store as it is.
 *
 * A relative base is a course package's (src/lib/course/relative-paths.ts
 * makes every path in it relative): the platform puts each upload at a path
 * of its own, so a name taken from it would lose the learner's progress at
 * every new version of the package. Packages on one platform share the
 * root's name instead, and so one store (docs/course-platforms.md).
 */
import { DEFAULT_DB_NAME } from './database';

/** The database of the trainer at base path `base` (as the build's BASE_URL, or the page's data, gives it). */
export function trainerDatabaseName(base: string): string {
	const path = normalisedBase(base);
	return path === '/' ? DEFAULT_DB_NAME : `${DEFAULT_DB_NAME}:${path}`;
}

/**
 * The key of something the trainer at `base` keeps in localStorage or
 * sessionStorage: beside its database's name, so the root's keys stay as
 * they were (`transfer-trainer:last-export`).
 */
export function trainerStorageKey(base: string, what: string): string {
	return `${trainerDatabaseName(base)}:${what}`;
}

/**
 * `/course/` for `/course`, `//course//`, `/course/./` and the like: the path
 * a browser would request, ending in a slash; `/` for an empty or relative base.
 */
function normalisedBase(base: string): string {
	if (!base.startsWith('/')) return '/';
	const path = new URL(base.replace(/\/{2,}/g, '/'), 'http://site.invalid').pathname;
	return path.endsWith('/') ? path : `${path}/`;
}

/**
 * What the trainer at `base` keeps under `what` in `storage` (localStorage).
 * Until it keeps its own, its earlier version's value (under the root's key,
 * where every site kept it) stands for it: copied under its own key at the
 * first read, and left where it was for the other sites on the origin.
 */
export function readOwnOrEarlier(storage: Pick<Storage, 'getItem' | 'setItem'>, base: string, what: string): string | null {
	const key = trainerStorageKey(base, what);
	const earlierKey = trainerStorageKey('/', what);
	const own = storage.getItem(key);
	if (own !== null || key === earlierKey) return own;
	const earlier = storage.getItem(earlierKey);
	if (earlier === null) return null;
	try {
		storage.setItem(key, earlier);
	} catch {
		// Storage full or refused: the earlier value is read again next time.
	}
	return earlier;
}

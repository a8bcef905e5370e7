/**
 * Why a part of a page could not load its code (a chunk fetched on demand).
 * Offline, it loads once the connection returns. But a page left open over
 * an update of the site asks for files of its own build, which the host no
 * longer serves and the new service worker no longer keeps: the connection
 * is fine, and only a reload (into the new build) brings the part. The
 * browser reports both as the same failure to fetch, and `navigator.onLine`
 * is true on a network that reaches nothing, so the site itself is asked:
 * if it answers, the code is gone, not the connection.
 */
export type LoadFailure = 'offline' | 'replaced';

/** `reachSite` asks the site for something outside any cache (rejects when nothing answers). */
export async function whyNotLoaded(online: boolean, reachSite: () => Promise<unknown>): Promise<LoadFailure> {
	if (!online) return 'offline';
	try {
		await reachSite();
		return 'replaced';
	} catch {
		return 'offline';
	}
}

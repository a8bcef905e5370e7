/**
 * The only offline code a page loads with itself. The client (service
 * worker registration, then keeping the locale's files: about 2 MB on a
 * first visit) starts a few seconds after the page's `load` event, so
 * neither the worker's start nor those downloads compete with the page's
 * own loading, or with the learner's first taps, on a phone's few cores.
 */
/** Time after `load` before the client starts: longer than a phone needs to settle a page (Lighthouse looks for 5 quiet seconds). */
const SETTLE_MS = 5000;

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
	// A lab's offline status loads with the lab, when the learner comes near it (lab-loader.ts).
	// Offline by then (a page read on the way), the client's code cannot come: it comes once the connection does.
	const load = (): void => void import('./offline-client').catch(() => addEventListener('online', load, { once: true }));
	const start = () => setTimeout(load, SETTLE_MS);
	if (document.readyState === 'complete') start();
	else addEventListener('load', start, { once: true });
}

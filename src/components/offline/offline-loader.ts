/**
 * The only offline code a page loads with itself: once the page has loaded,
 * the client (service worker registration, update announcement) follows, so
 * it never competes with the page's own first load.
 */
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
	const start = () => void import('./offline-client');
	if (document.readyState === 'complete') start();
	else addEventListener('load', start, { once: true });
}

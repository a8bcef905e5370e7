/**
 * The only offline code a page loads with itself. The client (service
 * worker registration, then keeping the locale's files: about 2 MB on a
 * first visit) starts a few seconds after the page's `load` event, so
 * neither the worker's start nor those downloads compete with the page's
 * own loading, or with the learner's first taps, on a phone's few cores.
 */
/** Time after `load` before the client starts: longer than a phone needs to settle a page (Lighthouse looks for 5 quiet seconds). */
const SETTLE_MS = 5000;

/**
 * Calls `load` once a <lab-offline> is in the page. The lab page has its own
 * from the start; a lesson's lab adds its own with the rest of its body when
 * the learner comes near it (lab-loader.ts), so a lesson read without
 * reaching its lab never loads the lab's offline code.
 */
function whenLabOffline(load: () => void): void {
	if (document.querySelector('lab-offline')) return load();
	const labs = document.querySelectorAll('transfer-lab');
	if (labs.length === 0) return;
	const observer = new MutationObserver(() => {
		if (!document.querySelector('lab-offline')) return;
		observer.disconnect();
		load();
	});
	for (const lab of labs) observer.observe(lab, { childList: true });
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
	const start = () => {
		// A lab's offline status is part of the lab: it needs only a worker, which already runs on every visit after the first.
		whenLabOffline(() => void import('./lab-offline'));
		setTimeout(() => void import('./offline-client'), SETTLE_MS);
	};
	if (document.readyState === 'complete') start();
	else addEventListener('load', start, { once: true });
}

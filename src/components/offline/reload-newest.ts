/**
 * Reloads the page into the site's newest build, for a page whose build is
 * older than the data it meets (the trainer's database upgraded by a newer
 * build). The service worker serves kept pages from its cache, so a plain
 * reload would bring this build back while a newer worker waits: the worker
 * is asked for a newer build first, one that is waiting takes over (as
 * update-banner.ts lets it once the learner accepts), and the page reloads
 * once it is in charge. Offline, or without a service worker, the page
 * reloads as it is.
 */
export async function reloadIntoNewestBuild(): Promise<void> {
	const registration = await navigator.serviceWorker?.getRegistration().catch(() => undefined);
	await registration?.update().catch(() => undefined);
	const waiting = registration && (await installed(registration));
	if (!waiting) {
		location.reload();
		return;
	}
	navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
	waiting.postMessage({ type: 'SKIP_WAITING' });
}

/** The new build's worker once it has installed (it fetches the kept files first); undefined if there is none or it failed. */
function installed(registration: ServiceWorkerRegistration): Promise<ServiceWorker | null | undefined> {
	const installing = registration.installing;
	// A first install (no worker in charge yet) has no older build to replace: nothing to wait for.
	if (!installing || !registration.active) return Promise.resolve(registration.waiting);
	return new Promise((resolve) => {
		installing.addEventListener('statechange', () => {
			if (installing.state !== 'installing') resolve(registration.waiting);
		});
	});
}

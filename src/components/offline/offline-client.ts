import { Workbox } from 'workbox-window';
import type { OfflineConfig } from '../../lib/offline/client-config';
import { readOfflineConfig } from './offline-config';

/**
 * Registers the service worker (Workbox's window side), asks it to keep
 * this page's locale for offline use, and announces a new build when its
 * worker is ready: the page never reloads by itself, the learner chooses
 * when (update-banner.ts).
 */
const config: OfflineConfig = readOfflineConfig();
const workbox = new Workbox(config.worker, { scope: config.scope });

workbox.addEventListener('waiting', () => {
	void import('./update-banner').then((banner) => banner.announceUpdate(workbox, config));
});

/** Resolves when the page has nothing more urgent to do. */
const idle = () => new Promise<void>((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 5000 }) : setTimeout(resolve, 1000)));

workbox
	.register()
	.then(async () => {
		await workbox.active;
		// Keeping the locale downloads its files: only once the page itself is done.
		await idle();
		await workbox.messageSW({ type: 'keep', packs: config.packs });
	})
	// A browser that refuses service workers (some private windows, policies) leaves the site online-only, as it was.
	.catch(() => undefined);

// A learner may keep one page open for a whole session: look for a new build when they come back to it
// (offline the check fails quietly and is made again next time).
const checkForUpdate = () => void workbox.update().catch(() => undefined);
document.addEventListener('visibilitychange', () => {
	if (document.visibilityState === 'visible') checkForUpdate();
});
addEventListener('online', checkForUpdate);

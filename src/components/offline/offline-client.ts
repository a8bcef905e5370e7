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

void workbox.register().then(async () => {
	await workbox.active;
	await workbox.messageSW({ type: 'keep', packs: config.packs });
});

// A learner may keep one page open for a whole session: look for a new build when they come back to it.
const checkForUpdate = () => void workbox.update();
document.addEventListener('visibilitychange', () => {
	if (document.visibilityState === 'visible') checkForUpdate();
});
addEventListener('online', checkForUpdate);

if (document.querySelector('lab-offline')) void import('./lab-offline');

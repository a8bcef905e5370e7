import type { Workbox } from 'workbox-window';
import type { OfflineConfig } from '../../lib/offline/client-config';
import { BEFORE_RELOAD, beforeReloadCollector } from '../../lib/offline/pending-work';
import { offlineText } from './offline-config';

/**
 * "A new version is ready": shown when a new build's worker is waiting.
 * Reloading is the learner's choice; before it, islands finish the work
 * they have in flight (BEFORE_RELOAD), then the new worker takes over and
 * the page reloads once it is in charge.
 */
export function announceUpdate(workbox: Workbox, config: OfflineConfig): void {
	if (document.querySelector('.site-update')) return;
	const text = (key: string) => offlineText(config, key);
	const banner = document.createElement('div');
	banner.className = 'site-update';
	const message = document.createElement('p');
	message.setAttribute('role', 'status');
	message.textContent = text('offline.update.text');
	const reload = document.createElement('button');
	reload.type = 'button';
	reload.textContent = text('offline.update.reload');
	const later = document.createElement('button');
	later.type = 'button';
	later.textContent = text('offline.update.later');
	later.addEventListener('click', () => banner.remove());
	reload.addEventListener('click', () => {
		reload.disabled = true;
		later.disabled = true;
		message.textContent = text('offline.update.saving');
		void reloadWhenSaved(workbox);
	});
	banner.append(message, reload, later);
	document.body.append(banner);
}

async function reloadWhenSaved(workbox: Workbox): Promise<void> {
	const collector = beforeReloadCollector();
	window.dispatchEvent(new CustomEvent(BEFORE_RELOAD, { detail: collector.detail }));
	await collector.settled();
	const registration = await navigator.serviceWorker.getRegistration();
	if (!registration?.waiting) {
		// Another tab already let the new build take over: this page only needs to load it.
		location.reload();
		return;
	}
	workbox.addEventListener('controlling', () => location.reload());
	workbox.messageSkipWaiting();
}

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
	const reload = document.createElement('button');
	reload.type = 'button';
	reload.textContent = text('offline.update.reload');
	const later = document.createElement('button');
	later.type = 'button';
	later.textContent = text('offline.update.later');
	// Where the learner was before tabbing to the announcement: "Not now" takes the keyboard back there, not to the page's start.
	let focusBefore: HTMLElement | undefined;
	banner.addEventListener('focusin', (event) => {
		if (event.relatedTarget instanceof HTMLElement && !banner.contains(event.relatedTarget)) focusBefore = event.relatedTarget;
	});
	later.addEventListener('click', () => {
		releaseSpace();
		banner.remove();
		if (focusBefore?.isConnected) focusBefore.focus();
	});
	reload.addEventListener('click', () => {
		reload.disabled = true;
		later.disabled = true;
		message.textContent = text('offline.update.saving');
		void reloadWhenSaved(workbox);
	});
	banner.append(message, reload, later);
	document.body.append(banner);
	// A live region added with its text already in it is often not read out: the region is in the page first, its text comes on the next frame.
	requestAnimationFrame(() => {
		if (!reload.disabled) message.textContent = text('offline.update.text');
	});
	const releaseSpace = reserveSpaceFor(banner);
}

/**
 * The announcement is fixed over the bottom of the screen: what the page
 * keeps at the bottom (the trainer's rating bar), the end of the page and a
 * focused control would be hidden under it on a phone. `--site-update-space`
 * tells the page how much room to leave there while it shows; the returned
 * function gives the room back.
 */
function reserveSpaceFor(banner: HTMLElement): () => void {
	const root = document.documentElement;
	const observer = new ResizeObserver(() => root.style.setProperty('--site-update-space', `${root.clientHeight - banner.getBoundingClientRect().top}px`));
	observer.observe(banner);
	return () => {
		observer.disconnect();
		root.style.removeProperty('--site-update-space');
	};
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

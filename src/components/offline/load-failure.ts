import { whyNotLoaded, type LoadFailure } from '../../lib/offline/load-failure';
import { reloadIntoNewestBuild, saveBeforeReload } from './reload-newest';

/**
 * What the page's islands do when code they load on demand does not come
 * (src/lib/offline/load-failure.ts says why it may not): each says in its
 * own words that it needs the network, or that a new version of the site is
 * in place, with a button that reloads into it. This module is bundled with
 * each island's eager code, since after an update no other chunk of the
 * page's build can be counted on.
 */
export type { LoadFailure };

/** Why code failed to load: a HEAD request for the page itself (no cache, no service worker route) shows whether the site answers. */
export function loadFailure(): Promise<LoadFailure> {
	return whyNotLoaded(navigator.onLine, () => fetch(location.href, { method: 'HEAD', cache: 'no-store' }));
}

/** Reloads into the site's newest build once what the page is saving is saved. */
export async function reloadSaved(): Promise<void> {
	await saveBeforeReload();
	await reloadIntoNewestBuild();
}

/** A button that does that, disabled once pressed so the reload is asked for once. */
export function reloadButton(label: string): HTMLButtonElement {
	const button = document.createElement('button');
	button.type = 'button';
	button.textContent = label;
	button.addEventListener('click', () => {
		button.disabled = true;
		void reloadSaved();
	});
	return button;
}

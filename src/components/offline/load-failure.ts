import { whyNotLoaded, type LoadFailure } from '../../lib/offline/load-failure';

/**
 * What the page's islands do when code they load on demand does not come
 * (src/lib/offline/load-failure.ts says why it may not): each says in its
 * own words that it needs the network, or that a new version of the site is
 * in place, with a button that reloads into it. Bundled with each island's
 * eager code (after an update no other chunk of the page's build can be
 * counted on), so it is kept small: it is on every page, with search.
 */
export type { LoadFailure };

/** Why code failed to load: a HEAD request for the page itself (no cache, no service worker route) shows whether the site answers. */
export function loadFailure(): Promise<LoadFailure> {
	return whyNotLoaded(navigator.onLine, () => fetch(location.href, { method: 'HEAD', cache: 'no-store' }));
}

/**
 * A button that reloads the page, disabled once pressed so the reload is asked for once. A plain reload loads the new
 * build, from the host or from the new service worker in charge (a worker of the old build still in charge keeps the
 * chunks of the packs it kept, so they do not fail). The trainer passes a reload that saves first.
 */
export function reloadButton(label: string, reload: () => void = () => location.reload()): HTMLButtonElement {
	const button = document.createElement('button');
	button.type = 'button';
	button.textContent = label;
	button.addEventListener('click', () => {
		button.disabled = true;
		reload();
	});
	return button;
}

/**
 * What the search dialog needs only once a learner comes to search, loaded
 * with Pagefind's interface rather than with every page
 * (search-on-demand.ts).
 */

/**
 * Whether this page's search can answer now: online, or offline with its
 * locale's search files kept by the service worker. Pagefind's interface,
 * asked a query whose files it cannot fetch, stays on "Searching…" for good
 * (even once back online), so the dialog shows its notice instead of the
 * field while this is false.
 */
export async function searchReachable(bundlePath: string): Promise<boolean> {
	if (navigator.onLine) return true;
	if (!('caches' in globalThis)) return false;
	// Each locale's index comes with its own wasm file, kept with the locale's pack (src/lib/offline/packs.ts).
	const wasm = new URL(`${bundlePath}wasm.${document.documentElement.lang.toLowerCase()}.pagefind`, location.href).href;
	return (await caches.match(wasm, { ignoreSearch: true })) !== undefined;
}

/**
 * Names Pagefind's search field by its visible placeholder (translated) once
 * Pagefind renders it: labelled only by its `title`, it fails axe's
 * label-title-only.
 */
export function labelSearchField(box: HTMLElement): void {
	new MutationObserver((_, observer) => {
		const input = box.querySelector('input');
		if (!input) return;
		input.setAttribute('aria-label', input.getAttribute('title') || input.placeholder);
		observer.disconnect();
	}).observe(box, { childList: true, subtree: true });
}

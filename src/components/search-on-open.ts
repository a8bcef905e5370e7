/**
 * What the search dialog needs only once a learner comes to search, loaded
 * with Pagefind's interface rather than with every page
 * (search-on-demand.ts).
 */
import { PagefindUI } from '@pagefind/default-ui';
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';

/**
 * Whether this page's search can answer now: online, or offline with its
 * locale's search files kept by the service worker.
 */
async function searchReachable(bundlePath: string): Promise<boolean> {
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
function labelSearchField(box: HTMLElement): void {
	new MutationObserver((_, observer) => {
		const input = box.querySelector('input');
		if (!input) return;
		input.setAttribute('aria-label', input.getAttribute('title') || input.placeholder);
		observer.disconnect();
	}).observe(box, { childList: true, subtree: true });
}

/**
 * What shows Pagefind's interface in `element`'s search box: it builds the
 * interface the first time search can answer, and says whether it can.
 * Pagefind's interface fetches its runtime and index as it starts and on
 * every query, and after one failed fetch stays on "Searching…" for good,
 * even back online: so it is shown only while those files can come, and
 * one that existed while they could not (a fetch may have failed) is
 * replaced by a fresh one.
 */
export function searchShower(element: HTMLElement, bundlePath: string): () => Promise<boolean> {
	const box = element.querySelector<HTMLElement>('#starlight__search');
	const base = import.meta.env.BASE_URL;
	const translations: unknown = JSON.parse(element.dataset['translations'] || '{}');
	const formatUrl = element.dataset['stripTrailingSlash'] === undefined ? (url: string) => url : (url: string) => url.replace(/(.)\/(#.*)?$/, '$1$2');
	let ui: PagefindUI | undefined;
	let stale = false;
	return async () => {
		if (!box) return false;
		if (!(await searchReachable(bundlePath))) {
			stale = ui !== undefined;
			return false;
		}
		if (ui && !stale) return true;
		ui?.destroy();
		stale = false;
		labelSearchField(box);
		ui = new PagefindUI({
			...pagefindUserConfig,
			element: box,
			baseUrl: base,
			bundlePath,
			showImages: false,
			translations,
			showSubResults: true,
			processResult: (result: { url: string; sub_results: { url: string }[] }) => {
				result.url = formatUrl(result.url);
				for (const sub of result.sub_results) sub.url = formatUrl(sub.url);
			},
		});
		return true;
	};
}

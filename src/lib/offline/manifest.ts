/**
 * The offline manifest: what the service worker of one build may keep,
 * written into the worker at build time (src/integrations/offline.ts).
 * Shared by the build, the worker and the pages that talk to it.
 */

export interface PackEntry {
	/** Absolute path under the site's base (`/course/en/glossary/`, `/course/_astro/a.js`). */
	url: string;
	/** Hash of the file's contents: a changed file gets a new cache key, an unchanged one is not fetched again. */
	revision: string;
	bytes: number;
}

/** Text of the page the worker answers with when a page is neither kept nor reachable. */
export interface OfflinePageText {
	lang: string;
	/** The language's own name (`Türkçe`). */
	label: string;
	dir: 'ltr' | 'rtl';
	title: string;
	text: string;
	home: string;
}

export interface OfflineManifest {
	/** Changes whenever any kept file does: names the build in status replies. */
	build: string;
	/** The site's base path, with its trailing slash. */
	base: string;
	locales: string[];
	packs: Record<string, PackEntry[]>;
	offlinePage: Record<string, OfflinePageText>;
}

/** Messages a page sends the worker (replies come back on the message's port). */
export type ToWorker = { type: 'keep'; packs: string[] } | { type: 'status' } | { type: 'SKIP_WAITING' };

export interface PackStatus {
	bytes: number;
	files: number;
	kept: boolean;
	/** Files of the pack in the cache now. */
	cached: number;
}

/** Whether a pack is kept with every one of its files in the cache. */
export function isPackComplete(pack: PackStatus | undefined): boolean {
	return pack !== undefined && pack.kept && pack.cached === pack.files;
}

export type FromWorker = { type: 'status'; build: string; packs: Record<string, PackStatus> } | { type: 'error'; message: string };

/** URL path of a built file: pages by their directory (`en/a/index.html` → `<base>en/a/`). */
export function urlOfFile(path: string, base: string): string {
	const page = path === 'index.html' ? '' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
	// Percent-encoded as a browser encodes the path it requests.
	return new URL(`${base}${page}`, 'http://site.invalid').pathname;
}

/** The key an entry is cached under: its URL with its revision, so two builds' versions never mix. */
export function cacheKeyOf(entry: PackEntry): string {
	return `${entry.url}?__rev=${entry.revision}`;
}

/** Cache names carry the base path: two sites under one origin keep separate caches. */
export function cacheNameOf(base: string, pack: string): string {
	return `tlt-offline:${base}:${pack}`;
}

export function isOwnCache(name: string, base: string): boolean {
	return name.startsWith(`tlt-offline:${base}:`);
}

export interface ManifestIndex {
	/** The pack and entry a request URL is for: its path, with any query (Pagefind's `?ts=`, lab presets) ignored. */
	lookup(url: string): { pack: string; entry: PackEntry } | undefined;
	/** The address of the page a URL names another way (without its final slash, or as its `index.html`), if the build has that page. */
	pageAddressOf(url: string): string | undefined;
	/** Locale whose pages a URL path is under, if any. */
	localeOf(url: string): string | undefined;
}

export function indexManifest(manifest: OfflineManifest, origin: string): ManifestIndex {
	const byPath = new Map<string, { pack: string; entry: PackEntry }>();
	for (const [pack, entries] of Object.entries(manifest.packs)) for (const entry of entries) byPath.set(entry.url, { pack, entry });
	const pathOf = (url: string): string | undefined => {
		const parsed = new URL(url, origin);
		return parsed.origin === origin ? parsed.pathname : undefined;
	};
	return {
		lookup: (url) => {
			const path = pathOf(url);
			return path === undefined ? undefined : byPath.get(path);
		},
		pageAddressOf: (url) => {
			const path = pathOf(url);
			if (path === undefined) return undefined;
			const address = path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path.endsWith('/') ? undefined : `${path}/`;
			return address !== undefined && byPath.has(address) ? address : undefined;
		},
		localeOf: (url) => {
			const path = pathOf(url);
			if (path === undefined || !path.startsWith(manifest.base)) return undefined;
			const first = path.slice(manifest.base.length).split('/')[0];
			return manifest.locales.find((locale) => locale === first);
		},
	};
}

/** Total bytes of a pack, as the learner is told before keeping it. */
export function packBytes(entries: readonly PackEntry[]): number {
	return entries.reduce((sum, entry) => sum + entry.bytes, 0);
}

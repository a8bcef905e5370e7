/** What each page tells its offline client (rendered by src/components/Head.astro). */
export interface OfflineConfig {
	/** URL of the service worker script. */
	worker: string;
	/** The site's base path: the worker's scope. */
	scope: string;
	/** The page's BCP 47 tag, for the sizes shown. */
	lang: string;
	/** Packs a visit to this page keeps: `core` and the page's locale. */
	packs: string[];
	/** `offline.*` strings in the page's language. */
	strings: Record<string, string>;
}

import { escapeHtml } from './glossary/term-link';
import { SEARCH_ELEMENT } from './search-element';

/**
 * Hands Starlight's rendered search (button, dialog, Pagefind's container)
 * to our own element by renaming its `<site-search>`: Starlight's element
 * builds Pagefind's interface on every page as soon as the page is idle
 * (26 KB gzip of script, and the work of building it), ours only when a
 * learner comes to search. What the dialog says when that code cannot be
 * fetched is written into it hidden before Pagefind's container (which the
 * dev server does not render), so the page's script only shows it:
 * `needsNetwork` offline before the locale was kept, `replaced` (with a
 * `reload` button) when the site answers but has a new build that no longer
 * has this page's code (src/lib/offline/load-failure.ts). Throws if the
 * markup changes, so a Starlight upgrade is noticed at build time.
 */
export function searchOnDemand(html: string, texts: { needsNetwork: string; replaced: string; reload: string }): string {
	const open = html.match(/<site-search(?=[\s>])/g)?.length ?? 0;
	const close = html.match(/<\/site-search>/g)?.length ?? 0;
	if (open !== 1 || close !== 1) {
		throw new Error(`Search override: expected one <site-search> element in Starlight's search markup, found ${open}; update src/lib/search-on-demand.ts`);
	}
	return html
		.replace(/<site-search(?=[\s>])/, `<${SEARCH_ELEMENT}`)
		.replace('</site-search>', `</${SEARCH_ELEMENT}>`)
		.replace(
			/<div class="search-container[\s"]/,
			(tag) =>
				`<p class="search-needs-network" role="status" tabindex="-1" hidden>${escapeHtml(texts.needsNetwork)}</p>` +
				`<p class="search-replaced" role="status" tabindex="-1" hidden>${escapeHtml(texts.replaced)} <button type="button">${escapeHtml(texts.reload)}</button></p>${tag}`,
		);
}

import { escapeHtml } from './glossary/term-link';

/**
 * Adds the short site title to Starlight's rendered site title: Starlight's
 * title text gets the class `site-title__full` and a `site-title__short`
 * sibling follows it; src/styles/site.css shows one of the two by screen
 * width, so phones get a title that fits beside the search and menu buttons.
 * Throws if the markup changes, so a Starlight upgrade is noticed at build time.
 */
export function addShortTitle(html: string, shortTitle: string): string {
	const title = html.match(/<span\b[^>]*\btranslate="no"[^>]*>[\s\S]*?<\/span>/)?.[0];
	const tag = title?.match(/^<span\b[^>]*>/)?.[0];
	if (!title || !tag) throw new Error("SiteTitle override: Starlight's site title markup changed (no title text); update src/lib/site-title.ts");
	const fullTag = /\bclass="/.test(tag) ? tag.replace(/\bclass="/, 'class="site-title__full ') : tag.replace('<span', '<span class="site-title__full"');
	const short = `<span class="site-title__short" translate="no">${escapeHtml(shortTitle)}</span>`;
	return html.replace(title, `${title.replace(tag, fullTag)}${short}`);
}

/**
 * A page a locale has not translated yet shows the source locale's text, and
 * with it the source locale's links (`/en/regularization/`). Every page of
 * the source locale exists in every locale (translated, or as a fallback
 * page like this one), so the reader's own locale always has the page:
 * these links are moved there, and the reader stays in their language.
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Rewrites `href`s into the source locale's pages under `base` to the same pages of `locale`. */
export function linksIntoLocale(html: string, base: string, sourceLocale: string, locale: string): string {
	if (locale === sourceLocale) return html;
	const prefix = `${base.endsWith('/') ? base : `${base}/`}`;
	const pattern = new RegExp(`(\\shref=["'])${escape(prefix)}${escape(sourceLocale)}/`, 'g');
	return html.replace(pattern, `$1${prefix}${locale}/`);
}

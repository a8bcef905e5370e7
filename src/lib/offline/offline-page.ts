import type { OfflinePageText } from './manifest';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (char) => escapes[char] ?? char);

/**
 * The languages whose start page the offline page links to: the page's own
 * when its start page is on the device, or when none is (nothing else
 * could open, and the connection may come back); otherwise every language
 * whose start page is on the device, as the page's own one would fail too.
 */
export function offlineHomeLocales(asked: string, kept: readonly string[]): string[] {
	return kept.length === 0 || kept.includes(asked) ? [asked] : [...kept];
}

export interface OfflineHome {
	href: string;
	text: OfflinePageText;
}

/** A link to a start page, in that page's language; another language than the page's is named, since its words may not be the reader's. */
function homeLink(page: OfflinePageText, home: OfflineHome): string {
	if (home.text.lang === page.lang) return `<a href="${escape(home.href)}">${escape(page.home)}</a>`;
	return `<a href="${escape(home.href)}" lang="${escape(home.text.lang)}" dir="${home.text.dir}">${escape(home.text.home)} (${escape(home.text.label)})</a>`;
}

/**
 * The page the service worker answers a navigation with when the page is
 * neither kept on the device nor reachable: says so in the language of the
 * address asked for, and links to the start pages of offlineHomeLocales.
 * Light or dark as the reader's system is, like the site: a white page
 * flashing up in a dark room is the one thing it should not do.
 */
export function offlinePageHtml(text: OfflinePageText, homes: readonly OfflineHome[]): string {
	return `<!doctype html>
<html lang="${escape(text.lang)}" dir="${text.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(text.title)}</title>
<meta name="color-scheme" content="light dark">
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.6;color:#1e293b;background:#ffffff}a{color:#1d4ed8}
@media (prefers-color-scheme:dark){body{color:#e2e8f0;background:#17181c}a{color:#93c5fd}}</style>
</head>
<body>
<main>
<h1>${escape(text.title)}</h1>
<p>${escape(text.text)}</p>
${homes.map((home) => `<p>${homeLink(text, home)}</p>`).join('\n')}
</main>
</body>
</html>
`;
}

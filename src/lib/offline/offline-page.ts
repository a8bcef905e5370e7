import type { OfflinePageText } from './manifest';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (char) => escapes[char] ?? char);

/**
 * The page the service worker answers a navigation with when the page is
 * neither kept on the device nor reachable: says so in the language of the
 * address asked for, and links to that language's start page.
 */
export function offlinePageHtml(text: OfflinePageText, homeUrl: string): string {
	return `<!doctype html>
<html lang="${escape(text.lang)}" dir="${text.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(text.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.6;color:#1e293b;background:#fff}a{color:#1d4ed8}</style>
</head>
<body>
<main>
<h1>${escape(text.title)}</h1>
<p>${escape(text.text)}</p>
<p><a href="${escape(homeUrl)}">${escape(text.home)}</a></p>
</main>
</body>
</html>
`;
}

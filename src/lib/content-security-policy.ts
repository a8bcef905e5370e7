/**
 * The Content-Security-Policy a host can send with the built site. Pages
 * carry a few inline scripts (Starlight's theme and sidebar state, the
 * storage guard, the trainer's early start, the glossary terms' Escape), so
 * a policy without 'unsafe-inline' lists each one's SHA-256 hash; the build
 * reads them from the pages it wrote (src/integrations/csp.ts).
 */

/** Script types the browser runs; any other type (`application/json`, `application/ld+json`) is a data block, which CSP does not check. */
const RUN_TYPE = /^(?:module|importmap|speculationrules|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/i;

/** Skips comments and raw-text elements whole, so a `<script` written inside one is not taken for a script. */
const TOKEN = /<!--[\s\S]*?-->|<(style|textarea|title)\b[^>]*>[\s\S]*?<\/\1\s*>|<script\b((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>([\s\S]*?)<\/script\s*>/gi;
const ATTRIBUTE = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function attributes(text: string): Map<string, string> {
	const found = new Map<string, string>();
	for (const [, name, ...values] of text.matchAll(ATTRIBUTE)) {
		const key = name!.toLowerCase();
		if (!found.has(key)) found.set(key, values.find((value) => value !== undefined) ?? '');
	}
	return found;
}

/**
 * The text of every inline script of a page the browser runs, as CSP hashes
 * it: line breaks normalised to LF, as the HTML parser does before the
 * script sees its text.
 */
export function inlineScripts(html: string): string[] {
	const scripts: string[] = [];
	for (const [token, , attributeText, body] of html.matchAll(TOKEN)) {
		if (!/^<script/i.test(token)) continue;
		const attrs = attributes(attributeText ?? '');
		const type = attrs.get('type')?.trim() ?? '';
		if (attrs.has('src') || (type !== '' && !RUN_TYPE.test(type))) continue;
		scripts.push(body!.replace(/\r\n?/g, '\n'));
	}
	return scripts;
}

/**
 * The policy: everything from the site's own origin; scripts only from
 * files or with a listed hash, plus WebAssembly (search and the lab);
 * inline styles, as Starlight and Astro write `style` attributes, which
 * hashes cannot allow; images also from `data:` URLs (icons in the
 * stylesheets). Which sites may frame the site is the host's choice
 * (frame-ancestors, docs/hosting.md).
 */
export function contentSecurityPolicy(scriptHashes: Iterable<string>): string {
	const hashes = [...new Set(scriptHashes)].sort().map((hash) => `'sha256-${hash}'`);
	return [`default-src 'self'`, ["script-src 'self' 'wasm-unsafe-eval'", ...hashes].join(' '), `style-src 'self' 'unsafe-inline'`, `img-src 'self' data:`, `object-src 'none'`, `base-uri 'self'`].join('; ');
}

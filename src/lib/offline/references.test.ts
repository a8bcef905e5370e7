import { describe, expect, it } from 'vitest';
import { pathTokens, referenceFinder, resolveToken, scannedText, sidebarListSpan } from './references';

const files = new Set(['index.html', 'en/index.html', 'en/a/index.html', '_astro/page.js', '_astro/dom.js', '_astro/common.css', '_astro/fig.svg', 'pagefind/pagefind.js', 'en/manifest.webmanifest', 'icons/icon-192.png']);

describe('resolveToken', () => {
	it('resolves root-relative paths under the base and ignores other bases', () => {
		expect(resolveToken('/course/_astro/page.js', 'en/index.html', '/course/', files)).toBe('_astro/page.js');
		expect(resolveToken('/_astro/page.js', 'en/index.html', '/course/', files)).toBeUndefined();
	});

	it('resolves paths relative to the file, then to the site root (Vite preload lists)', () => {
		expect(resolveToken('./dom.js', '_astro/page.js', '/', files)).toBe('_astro/dom.js');
		expect(resolveToken('_astro/dom.js', '_astro/page.js', '/', files)).toBe('_astro/dom.js');
		expect(resolveToken('../icons/icon-192.png', 'en/manifest.webmanifest', '/', files)).toBe('icons/icon-192.png');
	});

	it('maps a directory URL to its page', () => {
		expect(resolveToken('/en/a/', 'en/index.html', '/', files)).toBe('en/a/index.html');
		expect(resolveToken('/', 'en/index.html', '/', files)).toBe('index.html');
	});

	it('leaves protocol-relative URLs and unknown paths alone', () => {
		expect(resolveToken('//cdn.example/_astro/page.js', 'en/index.html', '/', files)).toBeUndefined();
		expect(resolveToken('e.pathname', '_astro/page.js', '/', files)).toBeUndefined();
	});
});

/** The files `text`, a file at `from`, refers to. */
const referencesIn = (text: string, from: string, find = referenceFinder('/', files)) => find(pathTokens(scannedText(text, from)), from);

describe('referenceFinder', () => {
	it('finds references in minified HTML even where quotes cannot be paired', () => {
		const html = `<p>Don't panic</p><link rel=stylesheet href="/_astro/common.css"><img src=/_astro/fig.svg alt='it's'><a href="https://example.org/en/a/">x</a><link rel="manifest" href="/en/manifest.webmanifest">`;
		expect([...referencesIn(html, 'en/index.html')].sort()).toEqual(['_astro/common.css', '_astro/fig.svg', 'en/manifest.webmanifest']);
	});

	it('finds imports, preload lists, url() and new URL() in code', () => {
		const js = 'import{a}from"./dom.js";const m=["_astro/page.js"];new URL(`dom.js`,import.meta.url);a.b.c;';
		const css = '.x{background:url(fig.svg)}';
		expect([...referencesIn(js, '_astro/page.js')]).toEqual(['_astro/dom.js']);
		expect([...referencesIn(css, '_astro/common.css')]).toEqual(['_astro/fig.svg']);
	});

	it('follows a query or fragment to the file it names', () => {
		expect([...referencesIn('"/pagefind/pagefind.js?ts=1"', 'en/index.html')]).toEqual(['pagefind/pagefind.js']);
	});

	it('resolves a relative token again from another folder, a root-relative one the same from every folder, and never to the file itself', () => {
		const find = referenceFinder('/', files);
		expect([...referencesIn('"./dom.js" "/_astro/fig.svg"', '_astro/page.js', find)].sort()).toEqual(['_astro/dom.js', '_astro/fig.svg']);
		expect([...referencesIn('"./dom.js" "/_astro/fig.svg"', 'en/index.html', find)]).toEqual(['_astro/fig.svg']);
		expect([...referencesIn('"./dom.js"', '_astro/dom.js', find)]).toEqual([]);
		expect([...referencesIn('"./a/index.html"', 'en/index.html', find)]).toEqual(['en/a/index.html']);
	});

	it("leaves a page's sidebar list of pages out of its scan, and nothing around it", () => {
		const find = referenceFinder('/', files);
		const page = '<script src="/_astro/page.js"></script><sl-sidebar-state-persist data-hash="x"><ul><li><a href="/en/a/">A</a><img src="/_astro/fig.svg" alt=""></li></ul></sl-sidebar-state-persist><link href="/_astro/common.css">';
		expect([...referencesIn(page, 'en/index.html', find)].sort()).toEqual(['_astro/common.css', '_astro/page.js']);
		expect([...referencesIn(page, '_astro/dom.js', find)].sort()).toEqual(['_astro/common.css', '_astro/fig.svg', '_astro/page.js', 'en/a/index.html']);
	});
});

describe('scannedText', () => {
	it('cuts the list from its opening tag to its closing tag, the same on text and on bytes', () => {
		const html = 'a<sl-sidebar-state-persist x><li>b</li></sl-sidebar-state-persist>c';
		expect(scannedText(html, 'en/index.html')).toBe('ac');
		const bytes = Buffer.from(html);
		expect(sidebarListSpan((needle, from) => bytes.indexOf(needle, from))).toEqual(sidebarListSpan((needle, from) => html.indexOf(needle, from)));
	});

	it('leaves a page without the list, or with an unclosed one, whole', () => {
		expect(scannedText('<nav><li>a</li></nav>', 'en/index.html')).toBe('<nav><li>a</li></nav>');
		expect(scannedText('<sl-sidebar-state-persist><li>a</li>', 'en/index.html')).toBe('<sl-sidebar-state-persist><li>a</li>');
	});

	it('reads every other file whole', () => {
		const script = 'const tag = "<sl-sidebar-state-persist>"; load("/_astro/a.js"); const end = "</sl-sidebar-state-persist>";';
		expect(scannedText(script, '_astro/page.js')).toBe(script);
	});
});

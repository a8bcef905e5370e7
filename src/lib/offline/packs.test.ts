import { describe, expect, it } from 'vitest';
import { CORE_PACK, LAB_PACK, planPacks, searchIndexLocale } from './packs';
import { pathTokens, scannedText } from './references';

/** A small built site: two locales sharing code, each with its own figure and search index, and a lab. */
const site: Record<string, string> = {
	'index.html': '<script src="/_astro/pick.js"></script>',
	'404.html': '<link href="/_astro/common.css">',
	'en/index.html': '<link href="/_astro/common.css"><script src="/_astro/page.js"></script><a href="/tr/">Türkçe</a><link rel=manifest href=/en/manifest.webmanifest>',
	'en/lab/index.html': '<link href="/_astro/common.css"><script src="/_astro/page.js"></script><script src="/_astro/lab-loader.js"></script><img src="/_astro/fig-en.svg">',
	'tr/index.html': '<link href="/_astro/common.css"><script src="/_astro/page.js"></script><img src="/_astro/fig-tr.svg">',
	'tr/lab/index.html': '<script src="/_astro/lab-loader.js"></script>',
	'en/manifest.webmanifest': '{"icons":[{"src":"/icons/icon.png"}]}',
	'_astro/pick.js': '',
	'_astro/common.css': '',
	'_astro/page.js': 'import("./lazy.js")',
	'_astro/lazy.js': 'import"./dom.js"',
	'_astro/dom.js': '',
	'_astro/lab-loader.js': 'import("./lab-element.js")',
	'_astro/lab-element.js': 'new URL("lab-engine.abc.js",import.meta.url)',
	'_astro/lab-engine.abc.js': 'import"./lab-engine-chunk.js"',
	'_astro/lab-engine-chunk.js': '',
	'_astro/fig-en.svg': '',
	'_astro/fig-tr.svg': '',
	'icons/icon.png': '',
	'tfjs-wasm/a.wasm': '',
	'models/source/model.json': '{}',
	'pagefind/pagefind.js': '',
	'pagefind/pagefind-worker.js': '',
	'pagefind/pagefind-entry.json': '{}',
	'pagefind/pagefind-ui.js': '',
	'pagefind/pagefind.en_12ab.pf_meta': '',
	'pagefind/pagefind.tr_34cd.pf_meta': '',
	'pagefind/wasm.en.pagefind': '',
	'pagefind/wasm.tr.pagefind': '',
	'pagefind/wasm.unknown.pagefind': '',
	'pagefind/index/en_1.pf_index': '',
	'pagefind/fragment/tr_2.pf_fragment': '',
	'sitemap-0.xml': '',
};

const plan = planPacks({
	files: new Set(Object.keys(site)),
	tokens: (path) => pathTokens(scannedText(site[path] ?? '', path)),
	base: '/',
	locales: [
		{ code: 'en', lang: 'en' },
		{ code: 'tr', lang: 'tr' },
	],
	isLabRoot: (path) => path.startsWith('tfjs-wasm/') || path.startsWith('models/') || path.startsWith('_astro/lab-engine'),
});

describe('planPacks', () => {
	it("puts each locale's pages and only-theirs files in that locale's pack", () => {
		expect(plan['en']).toEqual(['_astro/fig-en.svg', 'en/index.html', 'en/lab/index.html', 'en/manifest.webmanifest', 'icons/icon.png', 'pagefind/index/en_1.pf_index', 'pagefind/pagefind.en_12ab.pf_meta', 'pagefind/wasm.en.pagefind']);
		expect(plan['tr']).toEqual(['_astro/fig-tr.svg', 'pagefind/fragment/tr_2.pf_fragment', 'pagefind/pagefind.tr_34cd.pf_meta', 'pagefind/wasm.tr.pagefind', 'tr/index.html', 'tr/lab/index.html']);
	});

	it('shares what several locales use, lazy chunks included, with the search runtime and the root page', () => {
		expect(plan[CORE_PACK]).toEqual([
			'_astro/common.css',
			'_astro/dom.js',
			'_astro/lab-element.js',
			'_astro/lab-loader.js',
			'_astro/lazy.js',
			'_astro/page.js',
			'_astro/pick.js',
			'index.html',
			'pagefind/pagefind-entry.json',
			'pagefind/pagefind-worker.js',
			'pagefind/pagefind.js',
		]);
	});

	it("keeps the lab's engine, wasm and model apart, for the lab pack only", () => {
		expect(plan[LAB_PACK]).toEqual(['_astro/lab-engine-chunk.js', '_astro/lab-engine.abc.js', 'models/source/model.json', 'tfjs-wasm/a.wasm']);
	});

	it('caches nothing no page needs: the 404 page, the sitemap, unused search files, other pages linked to', () => {
		const packed = new Set(Object.values(plan).flat());
		for (const path of ['404.html', 'sitemap-0.xml', 'pagefind/pagefind-ui.js', 'pagefind/wasm.unknown.pagefind']) expect(packed.has(path)).toBe(false);
		expect(new Set(Object.values(plan).flat()).size).toBe(Object.values(plan).flat().length);
	});
});

describe('searchIndexLocale', () => {
	const locales = [
		{ code: 'en', lang: 'en' },
		{ code: 'tr', lang: 'tr' },
		{ code: 'ar', lang: 'ar-EG' },
	];

	it("tells a language's index files from the runtime's", () => {
		expect(searchIndexLocale('pagefind/fragment/en_1.pf_fragment', locales)).toBe('en');
		expect(searchIndexLocale('pagefind/wasm.tr.pagefind', locales)).toBe('tr');
		expect(searchIndexLocale('pagefind/pagefind-entry.json', locales)).toBeUndefined();
		expect(searchIndexLocale('_astro/en_1.js', locales)).toBeUndefined();
	});

	it("finds a locale's index by its language tag, as Pagefind names it, not by its code", () => {
		for (const path of ['pagefind/wasm.ar-eg.pagefind', 'pagefind/pagefind.ar-eg_ebe4.pf_meta', 'pagefind/index/ar-eg_3ae8.pf_index']) expect(searchIndexLocale(path, locales), path).toBe('ar');
		expect(searchIndexLocale('pagefind/wasm.ar.pagefind', locales)).toBeUndefined();
	});
});

import { describe, expect, it } from 'vitest';
import { cacheKeyOf, cacheNameOf, indexManifest, isOwnCache, isPackComplete, packBytes, urlOfFile, type OfflineManifest } from './manifest';

const manifest: OfflineManifest = {
	build: 'b1',
	base: '/course/',
	locales: ['en', 'tr'],
	packs: {
		core: [{ url: '/course/pagefind/pagefind-entry.json', revision: 'r1', bytes: 10 }],
		en: [
			{ url: '/course/en/glossary/', revision: 'r2', bytes: 20 },
			{ url: '/course/en/practice/lab/', revision: 'r3', bytes: 30 },
		],
	},
	offlinePage: {},
};
const origin = 'https://learn.example';

describe('urlOfFile', () => {
	it('names pages by their directory and other files as they are, under the base', () => {
		expect(urlOfFile('en/glossary/index.html', '/course/')).toBe('/course/en/glossary/');
		expect(urlOfFile('index.html', '/course/')).toBe('/course/');
		expect(urlOfFile('_astro/a b.js', '/')).toBe('/_astro/a%20b.js');
		expect(urlOfFile('_astro/a+b@2.js', '/')).toBe('/_astro/a+b@2.js');
	});
});

describe('indexManifest', () => {
	const index = indexManifest(manifest, origin);

	it('finds a file whatever query the page added (Pagefind ?ts=, lab presets)', () => {
		expect(index.lookup(`${origin}/course/pagefind/pagefind-entry.json?ts=123`)?.pack).toBe('core');
		expect(index.lookup(`${origin}/course/en/practice/lab/?experiment=data&variant=holds#run`)?.entry.revision).toBe('r3');
	});

	it('finds nothing for other origins or unknown files', () => {
		expect(index.lookup('https://other.example/course/en/glossary/')).toBeUndefined();
		expect(index.lookup(`${origin}/course/en/missing/`)).toBeUndefined();
	});

	it('gives the address of a page asked for without its final slash or as its index.html, and nothing for other files', () => {
		expect(index.pageAddressOf(`${origin}/course/en/glossary`)).toBe('/course/en/glossary/');
		expect(index.pageAddressOf(`${origin}/course/en/practice/lab/index.html?experiment=data`)).toBe('/course/en/practice/lab/');
		expect(index.pageAddressOf(`${origin}/course/en/glossary/`)).toBeUndefined();
		expect(index.pageAddressOf(`${origin}/course/en/missing`)).toBeUndefined();
		expect(index.pageAddressOf(`${origin}/course/pagefind/pagefind-entry.json`)).toBeUndefined();
		expect(index.pageAddressOf('https://other.example/course/en/glossary')).toBeUndefined();
	});

	it("tells the locale of a page's address", () => {
		expect(index.localeOf(`${origin}/course/tr/anything/`)).toBe('tr');
		expect(index.localeOf(`${origin}/course/xx/`)).toBeUndefined();
		expect(index.localeOf(`${origin}/en/`)).toBeUndefined();
	});
});

describe('cache keys and names', () => {
	it('keys a file by URL and revision, so builds never mix', () => {
		expect(cacheKeyOf({ url: '/course/en/', revision: 'abc', bytes: 1 })).toBe('/course/en/?__rev=abc');
	});

	it('names caches by base path, so two sites on one origin keep apart', () => {
		expect(isOwnCache(cacheNameOf('/course/', 'en'), '/course/')).toBe(true);
		expect(isOwnCache(cacheNameOf('/', 'en'), '/course/')).toBe(false);
		expect(isOwnCache(cacheNameOf('/course/', 'en'), '/')).toBe(false);
	});

	it('adds up a pack', () => {
		expect(packBytes(manifest.packs['en'] ?? [])).toBe(50);
	});
});

describe('isPackComplete', () => {
	it('holds only for a kept pack with every file cached', () => {
		expect(isPackComplete({ bytes: 10, files: 3, kept: true, cached: 3 })).toBe(true);
		expect(isPackComplete({ bytes: 10, files: 3, kept: true, cached: 2 })).toBe(false);
		expect(isPackComplete({ bytes: 10, files: 3, kept: false, cached: 3 })).toBe(false);
		expect(isPackComplete(undefined)).toBe(false);
	});
});

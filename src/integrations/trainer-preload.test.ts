import { describe, expect, it } from 'vitest';
import { chunksToPreload, isTrainerPage, preloadScript, trainerPageLocale, withFirstCardPreloads, type ChunkImports } from './trainer-preload';

const chunk = (moduleIds: string[], imports: string[] = []): ChunkImports => ({ moduleIds, imports });

describe('chunksToPreload', () => {
	const bundle = new Map<string, ChunkImports>([
		['_astro/Trainer.js', chunk(['/site/src/components/trainer/Trainer.astro?astro&type=script&index=0&lang.ts', '/site/src/components/trainer/trainer-app.ts'], ['_astro/store.js', '_astro/dom.js'])],
		['_astro/store.js', chunk(['/site/src/lib/storage/load.ts'], ['_astro/types.js'])],
		['_astro/types.js', chunk(['/site/src/lib/srs/types.ts'])],
		['_astro/dom.js', chunk(['/site/src/components/dom.ts'], ['_astro/types.js'])],
		['_astro/session-controller.js', chunk(['/site/src/components/trainer/session-controller.ts'], ['_astro/present.js', '_astro/types.js'])],
		['_astro/present.js', chunk(['/site/src/components/trainer/present.ts'])],
		['_astro/stats-panel.js', chunk(['/site/src/components/trainer/stats-panel.ts'], ['_astro/chart.js'])],
		['_astro/chart.js', chunk(['/site/node_modules/chart.js/dist/chart.js'])],
	]);

	it('follows static imports all the way down, from every chunk holding one of the modules, each file once', () => {
		expect(chunksToPreload(bundle, ['/src/components/trainer/trainer-app.ts', '/src/components/trainer/session-controller.ts'])).toEqual([
			'_astro/Trainer.js',
			'_astro/store.js',
			'_astro/types.js',
			'_astro/dom.js',
			'_astro/session-controller.js',
			'_astro/present.js',
		]);
	});

	it('leaves out what only other modules import (the statistics and chart.js load when opened)', () => {
		const files = chunksToPreload(bundle, ['/src/components/trainer/trainer-app.ts']);
		expect(files).not.toContain('_astro/stats-panel.js');
		expect(files).not.toContain('_astro/chart.js');
		expect(files).not.toContain('_astro/session-controller.js');
	});

	it('finds nothing in a bundle without the modules (the server build)', () => {
		expect(chunksToPreload(new Map([['entry.mjs', chunk(['/site/src/pages/index.astro'])]]), ['/src/components/trainer/trainer-app.ts'])).toEqual([]);
	});
});

describe('withFirstCardPreloads', () => {
	const html = '<html><head><meta charset="utf-8"/><script>early()</script><link rel="stylesheet" href="/course/_astro/common.css"></head><body><script type="module" src="/course/_astro/Trainer.js"></script></body></html>';
	const decks = '/course/en/practice/trainer/decks.json';

	it('adds the preload script right after the character set, for the decks and the files under the base path the page does not already load', () => {
		const out = withFirstCardPreloads(html, '/course/', decks, ['_astro/Trainer.js', '_astro/store.js', '_astro/types.js']);
		expect(out).toBe(html.replace('<meta charset="utf-8"/>', `<meta charset="utf-8"/><script>${preloadScript(decks, ['/course/_astro/store.js', '/course/_astro/types.js'])}</script>`));
	});

	it('asks for the decks even when the page loads every module already', () => {
		expect(withFirstCardPreloads(html, '/course/', decks, ['_astro/Trainer.js'])).toContain(`<script>${preloadScript(decks, [])}</script>`);
	});
});

describe('preloadScript', () => {
	type Link = Record<string, string>;
	const run = (search: string) => {
		const links: Link[] = [];
		const document = { head: { append: (link: Link) => links.push(link) }, createElement: (): Link => ({}) };
		new Function('location', 'document', preloadScript('/en/practice/trainer/decks.json', ['/a.js', '/b.js']))({ search }, document);
		return links;
	};

	it('asks for the decks (a fetch the trainer takes over) and every module when the address names a deck', () => {
		expect(run('?deck=all')).toEqual([
			{ rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: '/en/practice/trainer/decks.json' },
			{ rel: 'modulepreload', href: '/a.js' },
			{ rel: 'modulepreload', href: '/b.js' },
		]);
		expect(run('?bench=10000&deck=synthetic')).toHaveLength(3);
	});

	it('asks for nothing on the deck list', () => {
		expect(run('')).toEqual([]);
		expect(run('?bench=10000')).toEqual([]);
		expect(run('?nodeck=1')).toEqual([]);
	});
});

describe('trainerPageLocale', () => {
	it("is the locale a trainer page's pathname starts with, or none for a root locale", () => {
		expect(trainerPageLocale('en/practice/trainer/')).toBe('en');
		expect(trainerPageLocale('/tr/practice/trainer')).toBe('tr');
		expect(trainerPageLocale('practice/trainer/')).toBe('');
	});
});

describe('isTrainerPage', () => {
	it("is each locale's trainer page, and a root locale's", () => {
		expect(isTrainerPage('en/practice/trainer/')).toBe(true);
		expect(isTrainerPage('tr/practice/trainer')).toBe(true);
		expect(isTrainerPage('practice/trainer/')).toBe(true);
	});

	it('is not another page, nor a page under the trainer', () => {
		expect(isTrainerPage('en/practice/lab/')).toBe(false);
		expect(isTrainerPage('en/practice/trainer/help/')).toBe(false);
		expect(isTrainerPage('course/en/practice/trainer/')).toBe(false);
		expect(isTrainerPage('en/')).toBe(false);
	});
});

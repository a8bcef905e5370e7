import { describe, expect, it } from 'vitest';
import { chunksToPreload, isTrainerPage, withModulePreloads, type ChunkImports } from './trainer-preload';

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

describe('withModulePreloads', () => {
	const html = '<html><head><title>Trainer</title></head><body><script type="module" src="/course/_astro/Trainer.js"></script></body></html>';

	it('adds a link per file under the base path before the end of the head, except files the page already loads as scripts', () => {
		expect(withModulePreloads(html, '/course/', ['_astro/Trainer.js', '_astro/store.js', '_astro/types.js'])).toBe(
			'<html><head><title>Trainer</title><link rel="modulepreload" href="/course/_astro/store.js"><link rel="modulepreload" href="/course/_astro/types.js"></head><body><script type="module" src="/course/_astro/Trainer.js"></script></body></html>',
		);
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

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { offlineManifest, scanWrittenFiles } from './offline';

const root = process.cwd();
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>) {
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
}

describe('offlineManifest with files scanned earlier in the build', () => {
	it('is the manifest of the files as they end up: files added or changed after the scan are read again', async () => {
		dir = mkdtempSync(join(tmpdir(), 'offline-'));
		write({
			'en/index.html': '<script src="/_astro/page.js"></script><script src="/pagefind/pagefind.js"></script>',
			'tr/index.html': '<script src="/_astro/page.js"></script>',
			'_astro/page.js': 'import"./dom.js"',
			'_astro/dom.js': '',
			'.prerender/chunk.mjs': 'rendering code Astro deletes',
		});
		const scanned = await scanWrittenFiles(dir);
		expect(scanned.has('.prerender/chunk.mjs')).toBe(false);
		rmSync(join(dir, '.prerender'), { recursive: true });
		// What later steps of a build do: Pagefind adds its files, a step rewrites a page and a script.
		write({
			'pagefind/pagefind.js': 'search runtime',
			'tr/index.html': '<script>preload()</script><script src="/_astro/page.js"></script><img src="/_astro/fig.svg">',
			'_astro/page.js': 'import"./dom.js";import"./more.js"',
			'_astro/more.js': '',
			'_astro/fig.svg': '<svg/>',
		});
		const fromScan = offlineManifest(dir, '/', '_astro', root, scanned);
		expect(fromScan).toEqual(offlineManifest(dir, '/', '_astro', root));
		expect(Object.values(fromScan.packs).flat().map((entry) => entry.url)).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/_astro/more.js', '/_astro/fig.svg']));
	});
});

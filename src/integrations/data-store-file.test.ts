import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { dataStoreModuleCode } from './data-store-file';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('dataStoreModuleCode', () => {
	it('makes a module whose default export is the store file as parsed JSON', async () => {
		dir = mkdtempSync(join(tmpdir(), 'store-'));
		const store = [['Map', 1, 2], 'docs', { html: '<p>Türkçe "quoted" \\ text</p>' }];
		writeFileSync(join(dir, 'data-store.json'), JSON.stringify(store));
		writeFileSync(join(dir, 'module.mjs'), dataStoreModuleCode(join(dir, 'data-store.json'))!);
		const module = (await import(pathToFileURL(join(dir, 'module.mjs')).href)) as { default: unknown };
		expect(module.default).toEqual(store);
	});

	it('leaves the module to Astro when the content sync wrote no store', () => {
		dir = mkdtempSync(join(tmpdir(), 'store-'));
		expect(dataStoreModuleCode(join(dir, 'data-store.json'))).toBeUndefined();
	});
});

import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoByFiles, settleFiles } from './memo-by-files';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A project with one data file, data/a.yaml. */
function projectWithData(): string {
	root = mkdtempSync(join(tmpdir(), 'memo-'));
	mkdirSync(join(root, 'data/sub'), { recursive: true });
	writeFileSync(join(root, 'data/a.yaml'), 'a');
	return root;
}

describe('memoByFiles', () => {
	it('reads once while the files stay the same, and again after an edit or a new file', () => {
		projectWithData();
		let reads = 0;
		const read = memoByFiles('test-reads', ['data'], () => ++reads);
		expect([read(root), read(root)]).toEqual([1, 1]);
		writeFileSync(join(root, 'data/a.yaml'), 'changed');
		utimesSync(join(root, 'data/a.yaml'), new Date(), new Date(Date.now() + 5000));
		expect(read(root)).toBe(2);
		writeFileSync(join(root, 'data/sub/b.yaml'), 'b');
		expect(read(root)).toBe(3);
		expect(read(root)).toBe(3);
	});

	it('shares one result between readers of the same name, as the config and the page bundle of a build do', () => {
		projectWithData();
		let reads = 0;
		const fromConfig = memoByFiles('test-shared', ['data'], () => ++reads);
		const fromPages = memoByFiles('test-shared', ['data'], () => ++reads);
		const other = memoByFiles('test-other', ['data'], () => 'other');
		expect([fromConfig(`${root}/`), fromPages(root), other(root)]).toEqual([1, 1, 'other']);
		expect(reads).toBe(1);
	});

	it('keeps its result without looking at the files again once they are settled, as in a build', () => {
		projectWithData();
		let reads = 0;
		const read = memoByFiles('test-settled', ['data'], () => ++reads);
		expect(read(root)).toBe(1);
		settleFiles(`${root}/`);
		writeFileSync(join(root, 'data/b.yaml'), 'b');
		expect(read(root)).toBe(1);
	});
});

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { walkFiles } from './file-walk';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('walkFiles', () => {
	it('lists each file once and names a link to a containing folder as a loop', () => {
		dir = mkdtempSync(join(tmpdir(), 'walk-'));
		mkdirSync(join(dir, 'en/chapter'), { recursive: true });
		writeFileSync(join(dir, 'en/chapter/lesson.md'), '# A');
		writeFileSync(join(dir, 'en/index.md'), '# B');
		symlinkSync('..', join(dir, 'en/chapter/loop'));
		mkdirSync(join(dir, 'outside'));
		writeFileSync(join(dir, 'outside/shared.md'), '# C');
		symlinkSync('../outside', join(dir, 'en/shared'));
		symlinkSync('missing', join(dir, 'en/dangling'));
		expect(walkFiles(dir)).toEqual({
			files: ['en/chapter/lesson.md', 'en/index.md', 'en/shared/shared.md', 'outside/shared.md'].map((path) => join(dir, path)),
			loops: [join(dir, 'en/chapter/loop')],
		});
	});

	it('gives nothing for a folder that does not exist', () => {
		dir = mkdtempSync(join(tmpdir(), 'walk-'));
		expect(walkFiles(join(dir, 'none'))).toEqual({ files: [], loops: [] });
	});
});

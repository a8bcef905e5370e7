import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findBrokenLessonLinks } from './content-check';

let root: string;

function site(files: Record<string, string>): string {
	root = mkdtempSync(join(tmpdir(), 'content-check-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('findBrokenLessonLinks', () => {
	it('names the file, line and link of a link to a missing lesson', () => {
		const dir = site({
			'content/en/a.md': '---\ntitle: A\n---\n\nSee [b](./b.md).\n\nAnd [gone](./gone.md#x).\n',
			'content/en/b.md': '---\ntitle: B\n---\n\nBack to [a](./a.md).\n',
		});
		expect(findBrokenLessonLinks(dir)).toEqual([
			'content/en/a.md:7: link "./gone.md#x" points to content/en/gone.md, which does not exist',
		]);
	});

	it('accepts a link to a lesson only the source locale has, and checks MDX too', () => {
		const dir = site({
			'content/en/a.md': '# A\n',
			'content/en/b.md': '# B\n',
			'content/tr/a.mdx': "import X from 'x';\n\n[b](./b.md) and [c](./c.md)\n",
		});
		expect(findBrokenLessonLinks(dir)).toEqual(['content/tr/a.mdx:3: link "./c.md" points to content/tr/c.md, which does not exist']);
	});

	it('finds broken links whatever the syntax: reference definitions, titles, angle brackets, escapes', () => {
		const dir = site({
			'content/en/a.md': '# A\n\n[ok](./a.md "A")\n\n[ref]\n\n[ref]: ./gone-ref.md\n',
			'content/en/b.md': '# B\n\n[spaced](<./gone spaced.md>) and [ok](./a.md)\n',
			'content/en/c.md': '# C\n\n[escaped](./gone\\_escaped.md) and [titled](./gone-titled.md "T")\n',
		});
		expect(findBrokenLessonLinks(dir)).toEqual([
			'content/en/a.md:7: link "./gone-ref.md" points to content/en/gone-ref.md, which does not exist',
			'content/en/b.md:3: link "./gone spaced.md" points to content/en/gone spaced.md, which does not exist',
			'content/en/c.md:3: link "./gone_escaped.md" points to content/en/gone_escaped.md, which does not exist',
			'content/en/c.md:3: link "./gone-titled.md" points to content/en/gone-titled.md, which does not exist',
		]);
	});

	it('ignores code, external links and files starting with an underscore', () => {
		const dir = site({
			'content/en/a.md': '```md\n[x](./nope.md)\n```\n\n`[y](./nope.md)` [z](https://example.org/nope.md)\n',
			'content/en/_draft.md': '[x](./nope.md)\n',
		});
		expect(findBrokenLessonLinks(dir)).toEqual([]);
	});
});

import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from './project-copy.mjs';

/**
 * A lesson with invalid frontmatter must stop the site from building, with a
 * message that names the file and the field. Checked on a scratch copy of
 * the project with `astro sync`, which validates every content entry.
 */
let copy: string;

beforeAll(() => {
	copy = copyProject(process.cwd(), 'content-errors');
	const lesson = join(copy, 'content/tr/strategies/introduction.mdx');
	const text = readFileSync(lesson, 'utf8');
	writeFileSync(lesson, text.replace(/^title: .*$/m, 'title: 42').replace(/^deck: .*$/m, 'deck: Not A Deck Id'));
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('invalid lesson frontmatter', () => {
	it('fails with the file and the fields named', () => {
		const result = spawnSync('npx', ['astro', 'sync'], { cwd: copy, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
		const output = `${result.stdout}\n${result.stderr}`;
		expect(result.status).not.toBe(0);
		expect(output).toContain('tr/strategies/introduction.mdx');
		expect(output).toMatch(/introduction\.mdx:2 \(field "title"\)\n\s+Invalid input: expected string/);
		expect(output).toMatch(/introduction\.mdx:4 \(field "deck"\)\n\s+use lowercase letters, digits and hyphens/);
	}, 120_000);
});

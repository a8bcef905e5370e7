import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblems, problemPlace } from '../../src/lib/content/problems';
import { locales as siteLocales, type SiteLocale } from '../../src/lib/locales';
import { readSiteContent } from '../../src/integrations/site-content';
import { copyProject } from '../project-copy.mjs';
import { brokenCases, validCases, type Edits } from './cases';

/**
 * Every kind of author and translator mistake in the corpus (cases.ts) is
 * reported as exactly one problem, at the right file and line or entry and
 * field; the odd-but-valid inputs give none. Checked on one scratch copy of
 * the project, each case's edits undone before the next. The same read is
 * what astro.config.mjs runs before Astro starts, so a few cases also go
 * through a real `astro build`: exit code 1, the block, no stack trace.
 */
let copy: string;
const localesFile = 'src/lib/locales.ts';

beforeAll(() => {
	copy = copyProject(process.cwd(), 'content-errors');
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** The locale list written back into the copy's src/lib/locales.ts, one entry a line, as an author writes it. */
function localesSource(original: string, list: readonly SiteLocale[]): string {
	const entries = list.map((locale) => `\t${JSON.stringify(locale).replace(/"(\w+)":/g, '$1: ').replace(/,(?=\w+: )/g, ', ')},`).join('\n');
	return original.replace(/(export const locales: readonly SiteLocale\[\] = \[\n)[\s\S]*?(\n\];)/, `$1${entries}$2`);
}

/** Applies the edits to the copy and returns a function that undoes them. */
function apply(edits: Edits, list?: readonly SiteLocale[]): () => void {
	const all: Edits = list ? { ...edits, [localesFile]: (text) => localesSource(text, list) } : edits;
	const before = new Map<string, string | undefined>();
	const newFolders: string[] = [];
	for (const [path, edit] of Object.entries(all)) {
		const full = join(copy, path);
		const old = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
		before.set(path, old);
		if (edit === null) rmSync(full);
		else {
			const created = mkdirSync(dirname(full), { recursive: true });
			if (created) newFolders.push(created);
			if (edit instanceof Uint8Array) writeFileSync(full, edit);
			else if (typeof edit === 'object') symlinkSync(edit.link, full);
			else writeFileSync(full, typeof edit === 'string' ? edit : edit(old ?? ''));
		}
	}
	return () => {
		for (const [path, old] of before) {
			if (old === undefined) rmSync(join(copy, path), { force: true });
			else writeFileSync(join(copy, path), old);
		}
		for (const folder of newFolders) rmSync(folder, { recursive: true, force: true });
	};
}

function problemsOf(edits: Edits, list?: readonly SiteLocale[]) {
	const undo = apply(edits, list);
	try {
		return readSiteContent(copy, list ?? siteLocales).problems;
	} finally {
		undo();
	}
}

describe('each mistake in the corpus gives one problem, at its place', () => {
	it('the project as it is has none', () => {
		expect(problemsOf({})).toEqual([]);
	});

	it.each(brokenCases.map((c) => [c.name, c] as const))('%s', (_, broken) => {
		const problems = problemsOf(broken.edits, broken.locales);
		expect(problems.map(problemPlace), formatProblems(problems, 'reported')).toHaveLength(1);
		const [problem] = problems;
		expect(problem!.file).toBe(broken.expect.file);
		if (broken.expect.line !== undefined) expect(problem!.line).toBe(broken.expect.line);
		if (broken.expect.at) expect(problem!.at).toMatch(broken.expect.at);
		expect(problem!.message).toMatch(broken.expect.message);
		if (broken.expect.fix) expect(problem!.fix).toMatch(broken.expect.fix);
		expect(problem!.fix ?? problem!.message).not.toBe('');
	});
});

describe('odd but valid inputs build', () => {
	it.each(validCases.map((c) => [c.name, c] as const))('%s', (_, valid) => {
		const problems = problemsOf(valid.edits);
		expect(problems, formatProblems(problems, 'reported')).toEqual([]);
	});
});

describe('a translation that changed a heading id', () => {
	it('is a warning naming the file, line and id, since links and cards to the English id miss it', () => {
		const file = 'content/tr/strategies/introduction.mdx';
		const undo = apply({ [file]: (text) => text.replace('{#why-reuse}', '{#neden}') });
		try {
			const { problems, warnings } = readSiteContent(copy, siteLocales);
			expect(problems).toEqual([]);
			expect(warnings).toContain(`${file}:26: the heading id "neden" is not one of content/en/strategies/introduction.mdx (which has #why-reuse, missing here): links, the language switch and the trainer's cards point to the source lesson's ids`);
		} finally {
			undo();
		}
	});
});

describe('a translation that sets its own sidebar order or deck, or leaves one out', () => {
	it.each([
		['sidebar order', (text: string) => text.replace(/^ {2}order: 1$/m, '  order: 7'), ':6: field "sidebar.order" is 7 here, but 1 in content/en/strategies/introduction.mdx'],
		['deck', (text: string) => text.replace(/^deck: .*$/m, 'deck: regularization'), ':4: field "deck" is "regularization" here, but "strategies-introduction" in content/en/strategies/introduction.mdx'],
		['deck left out', (text: string) => text.replace(/^deck: .*\n/m, ''), ':1: field "deck" is missing here, but "strategies-introduction" in content/en/strategies/introduction.mdx'],
		['sidebar order left out', (text: string) => text.replace(/^sidebar:\n {2}order: 1\n/m, ''), ':1: field "sidebar.order" is missing here, but 1 in content/en/strategies/introduction.mdx'],
	])('is a warning naming the file, line and both values (%s), since its language alone would change', (_, edit, warning) => {
		const file = 'content/tr/strategies/introduction.mdx';
		const undo = apply({ [file]: edit });
		try {
			const { problems, warnings } = readSiteContent(copy, siteLocales);
			expect(problems).toEqual([]);
			expect(warnings).toContainEqual(expect.stringContaining(`${file}${warning}`));
		} finally {
			undo();
		}
	});
});

describe('astro build stops with the block: exit code 1, no stack trace', () => {
	const cases = ['a lesson without a title', 'a misspelt frontmatter field', 'a formula with a command KaTeX does not know in a Markdown lesson', 'a display formula with an unclosed brace in an MDX lesson', 'a concept id with capitals in terms.yaml', 'a locale listed twice', 'an interface-string file that is not JSON'];
	it.each(cases)('%s', (name) => {
		const broken = brokenCases.find((c) => c.name === name)!;
		const undo = apply(broken.edits, broken.locales);
		try {
			const result = spawnSync('npx', ['astro', 'build'], { cwd: copy, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DEBUG: '', OUT_DIR: join(copy, 'dist') } });
			const output = `${result.stdout}\n${result.stderr}`;
			expect(result.status, output).toBe(1);
			expect(output).toContain('The site cannot be built until these are fixed (1 problem):');
			const place = `  ${broken.expect.file}${broken.expect.line === undefined ? '' : `:${broken.expect.line}`}`;
			expect(output).toContain(place);
			expect(output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n|Stack trace|Unable to load your Astro config|unhandled error/i);
		} finally {
			undo();
		}
	}, 120_000);

	// BASE_PATH is read from the environment, not a file of the corpus; the rule itself is unit-tested in src/lib/base-path.test.ts.
	it('a BASE_PATH with a space and non-ASCII letters', () => {
		const result = spawnSync('npx', ['astro', 'build'], { cwd: copy, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DEBUG: '', OUT_DIR: join(copy, 'dist'), BASE_PATH: '/kurs dosyaları/ders ğüşıöç/' } });
		const output = `${result.stdout}\n${result.stderr}`;
		expect(result.status, output).toBe(1);
		expect(output).toContain('The site cannot be built until these are fixed (1 problem):\n\n  BASE_PATH (environment variable)\n    BASE_PATH "/kurs dosyaları/ders ğüşıöç/" has characters');
		expect(output).toContain('e.g. BASE_PATH=/kurs-dosyalari/ders-gusioc/');
		expect(output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n|Stack trace|Unable to load your Astro config|unhandled error/i);
		expect(existsSync(join(copy, 'dist'))).toBe(false);
	}, 120_000);
});

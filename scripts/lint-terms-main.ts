import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readGlossary } from '../src/integrations/glossary-data';
import { formatProblem, lintLesson, variantFinder } from '../src/lib/glossary/lint';
import { locales } from '../src/lib/locales';

/**
 * `npm run lint:terms`: lists every line of a lesson that uses a variant the
 * glossary marks as non-canonical, as `file:line: "variant" → use "canonical"`.
 * Returns the exit code: 1 when anything was found (or the glossary is invalid).
 */

function* lessonFiles(dir: string): Generator<string> {
	let entries;
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch {
		return;
	}
	for (const entry of entries) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* lessonFiles(path);
		else if (/\.mdx?$/.test(entry.name)) yield path;
	}
}

/** The glossary page lists the alternatives on purpose; it is not a lesson. */
function isGlossaryPage(path: string, localeDir: string): boolean {
	return /^glossary\.mdx?$/.test(relative(localeDir, path));
}

export function lintTerms(root: string): { lines: string[]; lessons: number } {
	const glossary = readGlossary(root);
	const lines: string[] = [];
	let lessons = 0;
	for (const { code } of locales) {
		const localeDir = join(root, 'content', code);
		const finder = variantFinder(glossary, code);
		for (const path of lessonFiles(localeDir)) {
			if (isGlossaryPage(path, localeDir)) continue;
			lessons++;
			const file = relative(root, path).split(sep).join('/');
			for (const problem of lintLesson(readFileSync(path, 'utf8'), finder)) lines.push(formatProblem(file, problem));
		}
	}
	return { lines, lessons };
}

export function main(root: string): number {
	let result;
	try {
		result = lintTerms(root);
	} catch (error) {
		console.error((error as Error).message);
		return 1;
	}
	for (const line of result.lines) console.log(line);
	if (result.lines.length > 0) {
		console.error(`lint:terms: ${result.lines.length} non-canonical term(s) in ${result.lessons} lesson(s); see content/glossary/ for the canonical terms.`);
		return 1;
	}
	console.log(`lint:terms: ${result.lessons} lesson(s) use only canonical terms.`);
	return 0;
}

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readGlossary } from '../src/integrations/glossary-data';
import { formatProblem, lintLesson, variantFinder } from '../src/lib/glossary/lint';
import { conceptsUsed, lessonListDrift, termFinder } from '../src/lib/glossary/usage';
import { locales } from '../src/lib/locales';

/**
 * `npm run lint:terms`: lists every line of a lesson that uses a variant the
 * glossary marks as non-canonical, as `file:line: "variant" → use "canonical"`,
 * and notes where `terms.yaml`'s lesson lists have drifted from the lessons.
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

/** `strategies/transfer-learning.mdx` → `strategies/transfer-learning`; `regularization/index.md` → `regularization`. */
function lessonId(pathInLocale: string): string {
	return pathInLocale.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
}

/**
 * Pages whose wording is checked but that are not lessons a glossary entry
 * lists: the home page, the practice tools and the glossary itself (which
 * names the alternatives on purpose, and is not checked at all).
 */
const notALesson = (id: string) => id === '' || id === 'glossary' || id.startsWith('practice/');

export interface LintResult {
	/** One line per non-canonical variant found: the failures. */
	lines: string[];
	/** Lesson lists in terms.yaml out of step with the lessons: advice, not failures. */
	notes: string[];
	/** How many pages were checked. */
	lessons: number;
}

export function lintTerms(root: string): LintResult {
	const glossary = readGlossary(root);
	const lines: string[] = [];
	const usedBy = new Map<string, Set<string>>();
	let lessons = 0;
	for (const { code } of locales) {
		const localeDir = join(root, 'content', code);
		const variants = variantFinder(glossary, code);
		const terms = termFinder(glossary, code);
		for (const path of lessonFiles(localeDir)) {
			const id = lessonId(relative(localeDir, path).split(sep).join('/'));
			if (id === 'glossary') continue;
			lessons++;
			const source = readFileSync(path, 'utf8');
			const file = relative(root, path).split(sep).join('/');
			for (const problem of lintLesson(source, variants)) lines.push(formatProblem(file, problem));
			if (notALesson(id)) continue;
			const used = usedBy.get(id) ?? new Set();
			for (const concept of conceptsUsed(source, terms)) used.add(concept);
			usedBy.set(id, used);
		}
	}
	return { lines, notes: lessonListDrift(glossary, usedBy), lessons };
}

export function main(root: string): number {
	let result;
	try {
		result = lintTerms(root);
	} catch (error) {
		console.error((error as Error).message);
		return 1;
	}
	for (const note of result.notes) console.error(`note: ${note}`);
	for (const line of result.lines) console.log(line);
	if (result.lines.length > 0) {
		console.error(`lint:terms: ${result.lines.length} non-canonical term(s) in ${result.lessons} page(s); see content/glossary/ for the canonical terms.`);
		return 1;
	}
	console.log(`lint:terms: ${result.lessons} page(s) use only canonical terms.`);
	return 0;
}

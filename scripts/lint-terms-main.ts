import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblems } from '../src/lib/content/problems';
import { normaliseText } from '../src/lib/content/text';
import { formatProblem as formatTermProblem, lintLesson, svgProse, variantFinder } from '../src/lib/glossary/lint';
import { conceptsUsed, lessonListDrift, termFinder } from '../src/lib/glossary/usage';
import { siteContent } from '../src/integrations/site-content';

/**
 * `npm run lint:terms`: lists every line of a lesson, or of a translated
 * figure's labels, title and description (`content/figures/<locale>/*.svg`),
 * that uses a variant the glossary marks as non-canonical, as
 * `file:line: "variant" → use "canonical"`, and notes where `terms.yaml`'s
 * lesson lists have drifted from the lessons.
 * The lessons are those of the lesson index, the glossary the one the build
 * checks: with mistakes in it, there is nothing to lint against.
 */

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
	/** How many figures were checked. */
	figures: number;
}

export function lintTerms(root: string): LintResult {
	const site = siteContent(root);
	const { glossary } = site;
	if (!glossary) throw new Error(formatProblems(site.problems.filter((problem) => problem.file.startsWith('content/glossary/')), 'lint:terms needs a glossary without mistakes'));
	const lines: string[] = [];
	const usedBy = new Map<string, Set<string>>();
	let lessons = 0;
	let figures = 0;
	for (const { code } of site.locales) {
		const variants = variantFinder(glossary, code);
		const figureDir = join(root, 'content/figures', code);
		for (const name of existsSync(figureDir) ? readdirSync(figureDir).filter((file) => file.endsWith('.svg')).sort() : []) {
			figures++;
			const source = normaliseText(readFileSync(join(figureDir, name), 'utf8'));
			for (const problem of lintLesson(svgProse(source), variants)) lines.push(formatTermProblem(`content/figures/${code}/${name}`, problem));
		}
		const terms = termFinder(glossary, code);
		for (const lesson of site.index.lessons.filter((entry) => entry.locale === code && entry.id !== 'glossary')) {
			lessons++;
			const source = normaliseText(readFileSync(join(root, lesson.file), 'utf8'));
			for (const problem of lintLesson(source, variants)) lines.push(formatTermProblem(lesson.file, problem));
			if (notALesson(lesson.id)) continue;
			const used = usedBy.get(lesson.id) ?? new Set();
			for (const concept of conceptsUsed(source, terms)) used.add(concept);
			usedBy.set(lesson.id, used);
		}
	}
	return { lines, notes: lessonListDrift(glossary, usedBy), lessons, figures };
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
		console.error(`lint:terms: ${result.lines.length} non-canonical term(s) in ${result.lessons} page(s) and ${result.figures} figure(s); see content/glossary/ for the canonical terms.`);
		return 1;
	}
	console.log(`lint:terms: ${result.lessons} page(s) and ${result.figures} figure(s) use only canonical terms.`);
	return 0;
}

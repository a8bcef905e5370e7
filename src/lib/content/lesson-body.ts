/**
 * What the checks need from a lesson's body: the links that point at other
 * lesson files or, root-relative, at site pages (with their lines), and,
 * for MDX, whether it parses at all and whether its component tags can be
 * rendered (mdx-elements.ts); and the formulas KaTeX cannot render.
 * Parsing is the costly part, so a Markdown file whose links a quick scan
 * can account for, and that has no `$` (so no formula), is not parsed.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { formulaError } from './formulas.ts';
import { componentAnchors, mdxElementProblems, type ElementProblem, type MdxNode } from './mdx-elements.ts';
import { lineFinder } from './text.ts';

export interface LessonLink {
	url: string;
	line: number;
}

export interface BodyScan {
	links: LessonLink[];
	/** True when the links come from the quick scan: one in code would be listed too, so check a failing one with `parse`. */
	quick?: true;
	/** An MDX syntax error, at the line and column of the tag or expression it is about. */
	syntaxError?: { line: number; column: number; message: string };
	/** MDX component tags that cannot be rendered, with their lines. */
	elementProblems?: ElementProblem[];
	/** Anchors the body's component tags add (MDX); absent when a tag may add unknown ones. */
	componentAnchors?: string[];
	/** Formulas KaTeX cannot render, at the line of the mistake. */
	formulaProblems?: FormulaProblem[];
}

export interface FormulaProblem {
	line: number;
	formula: string;
	/** KaTeX's own words. */
	message: string;
}

interface MdNode {
	type: string;
	url?: string;
	value?: string;
	position?: { start: { line: number } };
	children?: MdNode[];
}

/** Inline links, and the definitions that reference-style links take their URL from. */
function* linkNodes(node: MdNode): Generator<MdNode> {
	if (node.type === 'link' || node.type === 'definition') yield node;
	for (const child of node.children ?? []) yield* linkNodes(child);
}

/** Root-relative destinations (`](/en/practice/lab/)`, `[id]: /en/`): links to the site's own pages. */
const siteDestination = /\]\(\s*(\/[^\s()<>]*)(?:\s+"[^"]*")?\s*\)|^ {0,3}\[[^\]]+\]:\s*(\/[^\s<>]*)/gm;

/** A link the checks follow: to a lesson file, or root-relative to a site page (`//host` is another site). */
const isCheckedLink = (url: string) => /\.mdx?(?:#|$)/.test(url.split('?')[0]!) || /^\/(?!\/)/.test(url);

/** Every place a Markdown link can end in a lesson file: `.md`/`.mdx`, then an anchor, the link's end or a title. */
const lessonPathEnd = /\.mdx?(?=[#)>\s"'])/g;
/** Plain inline destinations, `](./a.md#x "title")`, and reference definitions, `[id]: ./a.md`. */
const plainDestination = /\]\(\s*([^\s()<>]+\.mdx?(?:#[^\s()]*)?)(?:\s+"[^"]*")?\s*\)|^ {0,3}\[[^\]]+\]:\s*([^\s<>]+\.mdx?(?:#\S*)?)/gm;

/**
 * The lesson links of a Markdown body when a quick look accounts for every
 * possible one (each end of a lesson path belongs to a plain destination);
 * undefined when anything is unusual (angle brackets, escapes, code) and
 * the body must be parsed.
 */
function plainLinks(body: string, firstLine: number): LessonLink[] | undefined {
	const ends = body.match(lessonPathEnd)?.length ?? 0;
	const lessonMatches = ends === 0 ? [] : [...body.matchAll(plainDestination)];
	if (lessonMatches.length !== ends) return undefined;
	const matches = [...lessonMatches, ...body.matchAll(siteDestination)];
	if (matches.length === 0) return [];
	const lineOf = lineFinder(body);
	return matches.map((match) => ({ url: match[1] ?? match[2] ?? '', line: firstLine + lineOf(match.index) - 1 }));
}

/**
 * The formulas of a parsed body that KaTeX cannot render. The parser finds
 * them as the site's Markdown pipeline does (code and `\$` are not formulas),
 * and each is tried with the renderer the pipeline uses (formulas.ts).
 */
function formulaProblems(node: MdNode, firstLine: number, found: FormulaProblem[] = []): FormulaProblem[] {
	if (node.type === 'math' || node.type === 'inlineMath') {
		const formula = node.value ?? '';
		const display = node.type === 'math';
		const error = formulaError(formula, display);
		if (error) {
			// A display formula's text starts on the line after its opening $$.
			const start = firstLine + (node.position?.start.line ?? 1) - 1 + (display ? 1 : 0);
			found.push({ line: start + (formula.slice(0, error.position ?? 0).match(/\n/g)?.length ?? 0), formula, message: error.message });
		}
	}
	for (const child of node.children ?? []) formulaProblems(child, firstLine, found);
	return found;
}

const parseOptions = { features: { math: true, directive: true, headingAttributes: true } };

/** `7:1: Expected a closing tag for <X> (7:1) (mdx-jsx:…)` → position and message, with lines made the file's. */
function syntaxError(error: Error, firstLine: number): NonNullable<BodyScan['syntaxError']> {
	const shift = (line: string) => String(Number(line) + firstLine - 1);
	const match = /^(\d+):(\d+): ([\s\S]*?)(?: \([a-z-]+:[a-z-]+\))?$/.exec(error.message);
	if (!match) return { line: firstLine, column: 1, message: error.message };
	const message = match[3]!.replace(/\((\d+):(\d+)\)/g, (_, line: string) => `(line ${shift(line)})`);
	return { line: Number(shift(match[1]!)), column: Number(match[2]), message };
}

/** Scans a lesson body (`format` from its extension) that starts on line `firstLine` of its file; `parse` skips the quick scan. */
export function scanLessonBody(body: string, format: 'md' | 'mdx', firstLine: number, parse = false): BodyScan {
	if (format === 'md' && !parse && !body.includes('$')) {
		const quick = plainLinks(body, firstLine);
		if (quick) return quick.length ? { links: quick, quick: true, componentAnchors: [] } : { links: [], componentAnchors: [] };
	}
	let tree: MdNode;
	try {
		tree = (format === 'mdx' ? mdxToMdast(body, parseOptions) : markdownToMdast(body, parseOptions)) as MdNode;
	} catch (error) {
		return { links: [], syntaxError: syntaxError(error as Error, firstLine) };
	}
	const links: LessonLink[] = [];
	for (const node of linkNodes(tree)) {
		const url = node.url ?? '';
		if (isCheckedLink(url)) links.push({ url, line: firstLine + (node.position?.start.line ?? 1) - 1 });
	}
	const formulas = body.includes('$') ? formulaProblems(tree, firstLine) : [];
	const checked = { links, ...(formulas.length ? { formulaProblems: formulas } : {}) };
	if (format === 'md') return { ...checked, componentAnchors: [] };
	const elementProblems = mdxElementProblems(tree as MdxNode, firstLine);
	const anchors = componentAnchors(tree as MdxNode);
	return { ...checked, ...(elementProblems.length ? { elementProblems } : {}), ...(anchors ? { componentAnchors: anchors } : {}) };
}

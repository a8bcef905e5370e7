/**
 * The components and expressions an MDX lesson places on its page, checked
 * before the build renders it: a tag whose component is not imported, an
 * exercise with a missing or malformed field, a <BrokenConditions> claim
 * that disagrees with the definition, or a `{name}` that names nothing (most
 * often braces meant as text) would otherwise stop the render with a stack
 * trace that names the page's address instead of the lesson's file and line.
 */
import { claimProblems, parseClaims } from '../conditions/claims.ts';
import { EXERCISE_KINDS, exerciseProblems } from '../exercise.ts';

export interface MdxNode {
	type: string;
	name?: string | null;
	value?: unknown;
	attributes?: { type: string; name?: string; value?: unknown }[];
	position?: { start: { line: number } };
	children?: MdxNode[];
}

/** A component tag the lesson cannot render, at its line in the body. */
export interface ElementProblem {
	line: number;
	at?: string;
	message: string;
	fix: string;
}

const isElement = (node: MdxNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

function* elements(node: MdxNode): Generator<MdxNode> {
	if (isElement(node)) yield node;
	for (const child of node.children ?? []) yield* elements(child);
}

/** The names the lesson's `import` and `export` lines bind, which its tags may use. */
function declaredNames(tree: MdxNode): Set<string> {
	const names = new Set<string>();
	for (const node of tree.children ?? []) {
		if (node.type !== 'mdxjsEsm' || typeof node.value !== 'string') continue;
		for (const [, clause = ''] of node.value.matchAll(/\bimport\s+([^'"]*?)\s+from\s/g)) {
			for (const part of clause.replace(/[{}]/g, ',').split(',')) {
				const name = part.trim().split(/\s+as\s+/).pop()?.replace(/^\*\s*/, '').trim();
				if (name) names.add(name);
			}
		}
		for (const [, name = ''] of node.value.matchAll(/\bexport\s+(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/g)) names.add(name);
	}
	return names;
}

/** Names an expression may use without importing them: MDX's `props`, Astro's `frontmatter`, and JavaScript's globals (`Math`, `Date`). */
const givenNames = new Set(['props', 'frontmatter']);
/** Words that may start an expression and name no value. */
const keywords = new Set(['true', 'false', 'null', 'this', 'new', 'typeof', 'void', 'delete', 'await', 'async', 'function', 'class', 'import', 'super', 'yield']);

/**
 * The name at the root of an expression (`heldOutCount` of `{heldOutCount}`,
 * `items` of `{items.length + 1}`), when it is one the page cannot know: not
 * imported or exported, not given, no global. Only the root is judged (an
 * arrow function's parameters, say, are names of its own), which is where
 * braces written as text in prose put their first word.
 */
function unknownRootName(expression: string, declared: ReadonlySet<string>): string | undefined {
	const code = expression.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '').trim();
	const name = /^[A-Za-z_$][\w$]*/.exec(code)?.[0];
	if (!name || keywords.has(name) || /^\s*=>/.test(code.slice(name.length))) return undefined;
	return declared.has(name) || givenNames.has(name) || name in globalThis ? undefined : name;
}

/** An expression as the author wrote it, shortened when long, for a message. */
const shownExpression = (expression: string) => {
	const text = expression.trim().replace(/\s+/g, ' ');
	return `{${text.length > 40 ? `${text.slice(0, 37)}…` : text}}`;
};

/** Expressions whose root names nothing the page knows, each name once, at its first line. */
function expressionProblems(tree: MdxNode, declared: ReadonlySet<string>, firstLine: number): ElementProblem[] {
	const problems: ElementProblem[] = [];
	const reported = new Set<string>();
	const visit = (node: MdxNode) => {
		if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && typeof node.value === 'string') {
			const name = unknownRootName(node.value, declared);
			if (name !== undefined && !reported.has(name)) {
				reported.add(name);
				problems.push({
					line: firstLine + (node.position?.start.line ?? 1) - 1,
					message: `${shownExpression(node.value)} names nothing (not imported or exported), so the page cannot be rendered`,
					fix: `to write a brace as text, escape it as \\{ (\\${shownExpression(node.value)}); to show a value, export it under the import lines (export const ${name} = …)`,
				});
			}
		}
		for (const child of node.children ?? []) visit(child);
	};
	visit(tree);
	return problems;
}

/** Stands for an attribute written as an expression (`title={…}`): only the render can check its value. */
const computed = Symbol('computed');

/** An attribute's literal value: undefined when absent, `true` when written bare, `computed` for an expression. */
function attributeOf(node: MdxNode, name: string): unknown {
	if (node.attributes?.some((attribute) => attribute.type === 'mdxJsxExpressionAttribute')) return computed;
	const attribute = node.attributes?.find((candidate) => candidate.name === name);
	if (!attribute) return undefined;
	return typeof attribute.value === 'object' && attribute.value !== null ? computed : (attribute.value ?? true);
}

function hasSolution(exercise: MdxNode): boolean {
	return [...elements({ type: 'root', children: exercise.children ?? [] })].some((child) => child.attributes?.some((attribute) => attribute.name === 'slot' && attribute.value === 'solution'));
}

function exerciseProblem(exercise: MdxNode, line: number): ElementProblem | undefined {
	const id = attributeOf(exercise, 'id');
	const kind = attributeOf(exercise, 'kind');
	const title = attributeOf(exercise, 'title');
	// A computed field is given a valid stand-in, so only the literal ones are judged.
	const found = exerciseProblems({ id: id === computed ? 'computed' : id, kind: kind === computed ? EXERCISE_KINDS[0] : kind, title: title === computed ? 'computed' : title }, hasSolution(exercise));
	if (found.length === 0) return undefined;
	const name = typeof id === 'string' && id !== '' ? `"${id}"` : '(no id)';
	return { line, at: `exercise ${name}`, message: found.join('; '), fix: 'write it as <Exercise id="an-id" kind="lab|decide|compute" title="…">, the question, then <div slot="solution">…</div> (see README.md, "Writing lessons and chapters")' };
}

/** An exercise whose id an earlier one has: both would be `#exercise-<id>`, and links could reach only the first. */
function repeatedExercise(exercise: MdxNode, line: number, seen: Map<string, number>): ElementProblem | undefined {
	const id = attributeOf(exercise, 'id');
	if (typeof id !== 'string') return undefined;
	const first = seen.get(id);
	if (first === undefined) {
		seen.set(id, line);
		return undefined;
	}
	return { line, at: `exercise "${id}"`, message: `the id is already the id of the exercise on line ${first}, so #exercise-${id} can only reach that one`, fix: 'give this exercise an id of its own' };
}

/** The `breaks` claims of a <BrokenConditions>, checked as the component checks them when it renders. */
function claimsProblem(element: MdxNode, line: number): ElementProblem | undefined {
	const breaks = attributeOf(element, 'breaks');
	if (breaks === computed) return undefined;
	const at = '<BrokenConditions>, field "breaks"';
	const fix = 'write each change to task B and the conditions it breaks, as src/lib/conditions/manipulations.ts defines them: breaks="shuffled-pixels: features; more-data-for-b: data"';
	try {
		const found = claimProblems(parseClaims(typeof breaks === 'string' ? breaks : ''));
		return found.length === 0 ? undefined : { line, at, message: found.join('; '), fix };
	} catch (error) {
		return { line, at, message: (error as Error).message, fix };
	}
}

/** The problems of the component tags and expressions in a parsed MDX body that starts on line `firstLine` of its file. */
export function mdxElementProblems(tree: MdxNode, firstLine: number): ElementProblem[] {
	const declared = declaredNames(tree);
	const problems: ElementProblem[] = [];
	const reported = new Set<string>();
	const exerciseLines = new Map<string, number>();
	for (const element of elements(tree)) {
		const name = element.name ?? '';
		const line = firstLine + (element.position?.start.line ?? 1) - 1;
		const binding = name.split('.')[0]!;
		// Lowercase tags are HTML elements; a fragment (`<>`) has no name.
		if (!/^[A-Z]/.test(binding)) continue;
		if (!declared.has(binding)) {
			if (!reported.has(binding)) {
				reported.add(binding);
				problems.push({ line, message: `<${name}> is not imported, so the page cannot be rendered`, fix: `add its import line under the frontmatter (a translation keeps the import lines of the lesson it translates), or remove the tag` });
			}
			continue;
		}
		let problem: ElementProblem | undefined;
		if (name === 'Exercise') problem = exerciseProblem(element, line) ?? repeatedExercise(element, line, exerciseLines);
		else if (name === 'BrokenConditions') problem = claimsProblem(element, line);
		if (problem) problems.push(problem);
	}
	return [...problems, ...expressionProblems(tree, declared, firstLine)].sort((a, b) => a.line - b.line);
}

/** Components whose anchors are known: an exercise's section and its title; the claims table has none. */
const anchoredComponents = new Set(['Exercise', 'BrokenConditions']);

/**
 * The anchors a lesson's component tags add to its page (`exercise-<id>`),
 * or undefined when a tag may add anchors of its own (the glossary's
 * entries, say), so that links into the page cannot be judged.
 */
export function componentAnchors(tree: MdxNode): string[] | undefined {
	const anchors: string[] = [];
	for (const element of elements(tree)) {
		const name = element.name ?? '';
		if (!/^[A-Z]/.test(name)) continue;
		if (!anchoredComponents.has(name)) return undefined;
		const id = attributeOf(element, 'id');
		if (name === 'Exercise' && typeof id === 'string') anchors.push(`exercise-${id}`, `exercise-${id}-title`);
	}
	return anchors;
}

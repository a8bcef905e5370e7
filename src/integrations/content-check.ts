import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { resolveLessonLink } from '../lib/lesson-links';
import { sourceLocale } from '../lib/locales';

interface MdNode {
	type: string;
	url?: string;
	position?: { start: { line: number } };
	children?: MdNode[];
}

function* lessonFiles(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* lessonFiles(path);
		else if (/\.mdx?$/.test(entry.name) && !entry.name.startsWith('_')) yield path;
	}
}

/** Inline links, and the definitions that reference-style links take their URL from. */
function* links(node: MdNode): Generator<MdNode> {
	if (node.type === 'link' || node.type === 'definition') yield node;
	for (const child of node.children ?? []) yield* links(child);
}

/** Every place a Markdown link can end in a lesson file: `.md`/`.mdx`, then an anchor, the link's end or a title. */
const lessonPathEnd = /\.mdx?(?=[#)>\s"'])/g;
/** Plain inline destinations, `](./a.md#x "title")`, and reference definitions, `[id]: ./a.md`. */
const plainDestination = /\]\(\s*([^\s()<>]+\.mdx?(?:#[^\s()]*)?)(?:\s+"[^"]*")?\s*\)|^ {0,3}\[[^\]]+\]:\s*([^\s<>]+\.mdx?(?:#\S*)?)/gm;

/**
 * Whether a quick look at the source proves every lesson link in it sound:
 * each possible end of a lesson path belongs to a plain destination, and
 * each of those resolves. Anything unusual (angle brackets, escapes, a
 * destination that does not resolve, even inside a code block) answers
 * false, and the file is parsed. Parsing every file of a large site costs
 * more than the rest of the check.
 */
function plainlySound(source: string, resolves: (href: string) => boolean): boolean {
	const ends = source.match(lessonPathEnd)?.length ?? 0;
	if (ends === 0) return true;
	const destinations = [...source.matchAll(plainDestination)].map((match) => match[1] ?? match[2] ?? '');
	return destinations.length === ends && destinations.every(resolves);
}

/**
 * Lists every link between lessons in `content/` that points to a lesson
 * which does not exist, as `content/<file>:<line>: …`. Runs over the source
 * files themselves, so Astro's render cache cannot hide a broken link.
 */
export function findBrokenLessonLinks(root: string): string[] {
	const contentDir = join(root, 'content');
	const problems: string[] = [];
	const exists = (file: string) => existsSync(join(contentDir, file));
	for (const path of lessonFiles(contentDir)) {
		const from = relative(contentDir, path).split(sep).join('/');
		const source = readFileSync(path, 'utf8');
		if (plainlySound(source, (href) => resolveLessonLink(from, href, '/', exists, sourceLocale.code).kind !== 'missing')) continue;
		const options = { features: { math: true, directive: true, headingAttributes: true } };
		const tree = (path.endsWith('.mdx') ? mdxToMdast(source, options) : markdownToMdast(source, options)) as MdNode;
		for (const link of links(tree)) {
			const resolved = resolveLessonLink(from, link.url ?? '', '/', exists, sourceLocale.code);
			if (resolved.kind === 'missing') {
				const line = link.position?.start.line;
				problems.push(`content/${from}${line ? `:${line}` : ''}: link "${link.url}" points to content/${resolved.target}, which does not exist`);
			}
		}
	}
	return problems;
}

/** Fails `astro build` when any lesson links to a lesson that does not exist. */
export function lessonLinkCheck(root: string): AstroIntegration {
	return {
		name: 'lesson-link-check',
		hooks: {
			'astro:build:start': () => {
				const problems = findBrokenLessonLinks(root);
				if (problems.length > 0) throw new Error(`Broken links between lessons:\n  ${problems.join('\n  ')}`);
			},
		},
	};
}

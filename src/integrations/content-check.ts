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

function* links(node: MdNode): Generator<MdNode> {
	if (node.type === 'link') yield node;
	for (const child of node.children ?? []) yield* links(child);
}

/**
 * Lists every link between lessons in `content/` that points to a lesson
 * which does not exist, as `content/<file>:<line>: …`. Runs over the source
 * files themselves, so Astro's render cache cannot hide a broken link.
 */
export function findBrokenLessonLinks(root: string): string[] {
	const contentDir = join(root, 'content');
	const problems: string[] = [];
	for (const path of lessonFiles(contentDir)) {
		const from = relative(contentDir, path).split(sep).join('/');
		const source = readFileSync(path, 'utf8');
		const options = { features: { math: true, directive: true, headingAttributes: true } };
		const tree = (path.endsWith('.mdx') ? mdxToMdast(source, options) : markdownToMdast(source, options)) as MdNode;
		for (const link of links(tree)) {
			const resolved = resolveLessonLink(from, link.url ?? '', '/', (f) => existsSync(join(contentDir, f)), sourceLocale.code);
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

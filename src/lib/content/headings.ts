/**
 * A lesson's heading ids, read from its source with the line each is on,
 * as the Markdown pipeline assigns them: an explicit `{#id}` as written,
 * otherwise the heading's text slugged by github-slugger (which numbers
 * repeats: `examples`, `examples-1`). Decks link cards to these ids, the
 * language switch keeps them, and two headings must never share one.
 */
import GithubSlugger from 'github-slugger';
import type { Problem } from './problems.ts';

export interface Heading {
	id: string;
	/** Line in the file (1-based). */
	line: number;
	explicit: boolean;
}

/** The heading's text as a reader sees it: links, code and emphasis marks dropped. */
function plainText(markdown: string): string {
	return markdown
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<[^>]+>/g, '')
		.replace(/`([^`]*)`/g, '$1')
		.replace(/(\*\*|__|\*|_|~~)(\S(?:.*?\S)?)\1/g, '$2')
		.replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
		.trim();
}

/**
 * Every ATX heading (`## Title {#id}`) outside fenced code, with its id.
 * `firstLine` is the line of the file `body` starts on (after frontmatter).
 */
export function lessonHeadings(body: string, firstLine = 1): Heading[] {
	const slugger = new GithubSlugger();
	const headings: Heading[] = [];
	let fence: string | undefined;
	const lines = body.split('\n');
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!;
		const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
		if (fenceMatch) {
			const marker = fenceMatch[1]!;
			if (fence === undefined) fence = marker;
			else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
			continue;
		}
		if (fence !== undefined) continue;
		const heading = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
		if (!heading) continue;
		const explicit = /\{#([^}\s]+)\}$/.exec(heading[1]!);
		const id = explicit ? explicit[1]! : slugger.slug(plainText(heading[1]!));
		headings.push({ id, line: firstLine + index, explicit: explicit !== null });
	}
	return headings;
}

/** Two headings of one lesson with the same id: the second is the problem (its link would lead to the first). */
export function duplicateHeadingProblems(file: string, headings: readonly Heading[]): Problem[] {
	const first = new Map<string, Heading>();
	const problems: Problem[] = [];
	for (const heading of headings) {
		const earlier = first.get(heading.id);
		if (!earlier) {
			first.set(heading.id, heading);
			continue;
		}
		problems.push({
			file,
			line: heading.line,
			message: `the heading id "${heading.id}" is already the id of the heading on line ${earlier.line}, so links to #${heading.id} can only reach that one`,
			fix: heading.explicit ? 'give this heading an id of its own: ## Title {#another-id}' : 'give one of the two headings an explicit id of its own: ## Title {#another-id}',
		});
	}
	return problems;
}

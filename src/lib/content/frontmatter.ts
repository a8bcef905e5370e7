/**
 * A lesson's frontmatter: the YAML block between `---` lines at the top.
 * Line numbers are those of the file, so problems point at the field.
 */
import { parseYamlWithLines, type ParsedYaml } from './yaml-lines.ts';

export type Frontmatter =
	| { ok: true; yaml: ParsedYaml; /** The line the body starts on. */ bodyLine: number; body: string }
	| { ok: false; line: number; message: string; fix: string };

/** Splits and parses the frontmatter of a normalised lesson text (see text.ts). */
export function readFrontmatter(text: string): Frontmatter {
	const match = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/.exec(text);
	if (!match) {
		return {
			ok: false,
			line: 1,
			message: 'the lesson has no frontmatter, so it has no title',
			fix: 'start the file with a block such as\n      ---\n      title: The lesson title\n      description: One sentence on what it teaches.\n      ---',
		};
	}
	const block = match[1] ?? '';
	const parsed = parseYamlWithLines(block, 2);
	if (!parsed.ok) return { ok: false, line: parsed.line, message: `the frontmatter is not valid YAML: ${parsed.message}`, fix: 'quote a value that contains ": " or starts with a special character, e.g. title: "A: B"' };
	const bodyLine = 1 + match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
	return { ok: true, yaml: parsed.yaml, bodyLine, body: text.slice(match[0].length) };
}

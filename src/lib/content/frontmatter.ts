/**
 * A lesson's frontmatter: the YAML block between `---` lines at the top.
 * Line numbers are those of the file, so problems point at the field.
 */
import { load } from 'js-yaml';
import { parseYamlWithLines, yamlErrorFix, type ParsedYaml } from './yaml-lines.ts';

export type Frontmatter =
	| { ok: true; yaml: ParsedYaml; /** The line the body starts on. */ bodyLine: number; body: string }
	| { ok: false; line: number; message: string; fix: string };

/**
 * The block's data as Astro reads it (js-yaml, as its Markdown pipeline
 * does, so a date is a Date here as on the page), with the positions only
 * when a problem asks for a line: a positioned parse costs about five times
 * as much, once for every lesson of a build, and a lesson without a
 * problem never asks. What js-yaml refuses is parsed with positions at
 * once, for the message and line of the mistake.
 */
function parseBlock(block: string, firstLine: number): ReturnType<typeof parseYamlWithLines> {
	let data: unknown;
	try {
		data = load(block);
	} catch {
		return parseYamlWithLines(block, firstLine, { dates: true });
	}
	let positioned: ReturnType<typeof parseYamlWithLines> | undefined;
	return {
		ok: true,
		yaml: {
			data,
			lineOf(path) {
				positioned ??= parseYamlWithLines(block, firstLine, { dates: true });
				return positioned.ok ? positioned.yaml.lineOf(path) : firstLine;
			},
		},
	};
}

/** Splits and parses the frontmatter of a normalised lesson text (see text.ts). */
export function readFrontmatter(text: string): Frontmatter {
	const match = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/.exec(text);
	// Astro reads TOML frontmatter too, but the lesson checks, the translation stamp and the glossary read YAML only.
	if (!match && /^\+\+\+[ \t]*\n/.test(text)) {
		return {
			ok: false,
			line: 1,
			message: 'the frontmatter is TOML (between +++ lines); this project reads lesson frontmatter as YAML only',
			fix: 'write it as YAML between --- lines: "title = \"A title\"" becomes "title: A title", and a [sidebar] table becomes "sidebar:" with its fields indented below it',
		};
	}
	if (!match) {
		return {
			ok: false,
			line: 1,
			message: 'the lesson has no frontmatter, so it has no title',
			fix: 'start the file with a block such as\n      ---\n      title: The lesson title\n      description: One sentence on what it teaches.\n      ---',
		};
	}
	const block = match[1] ?? '';
	const parsed = parseBlock(block, 2);
	if (!parsed.ok) return { ok: false, line: parsed.line, message: `the frontmatter is not valid YAML: ${parsed.message}`, fix: yamlErrorFix(parsed.message) ?? 'quote a value that contains ": " or starts with a special character, e.g. title: "A: B"' };
	const bodyLine = 1 + match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
	return { ok: true, yaml: parsed.yaml, bodyLine, body: text.slice(match[0].length) };
}

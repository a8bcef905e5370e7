/**
 * A lesson's frontmatter: the YAML block between `---` lines at the top.
 * Line numbers are those of the file, so problems point at the field.
 */
import { load } from 'js-yaml';
import { parseYamlWithLines, type ParsedYaml } from './yaml-lines.ts';

/** A date written in the frontmatter that no calendar has, at the field that holds it. */
export interface ImpossibleDate {
	path: PropertyKey[];
	written: string;
	/** Why it is no date: `there is no month 13`. */
	why: string;
}

export type Frontmatter =
	| { ok: true; yaml: ParsedYaml; /** The line the body starts on. */ bodyLine: number; body: string; impossibleDates: ImpossibleDate[] }
	| { ok: false; line: number; message: string; /** Left out where the message says what is missing. */ fix?: string };

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

/** Every Date in frontmatter data, with its path. */
function* dates(value: unknown, path: PropertyKey[] = []): Generator<{ path: PropertyKey[]; date: Date }> {
	if (value instanceof Date) yield { path, date: value };
	else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) yield* dates(inner, [...path, Array.isArray(value) ? Number(key) : key]);
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Dates YAML reads although no calendar has them: js-yaml, as Astro uses
 * it, rolls `2026-13-45` over into 14 February 2027 and the page shows that.
 * Each is matched to the Date it became, to name its field.
 */
function impossibleDates(block: string, data: unknown): ImpossibleDate[] {
	const found: ImpossibleDate[] = [];
	for (const [written, y, m, d] of block.matchAll(/\b(\d{4})-(\d\d?)-(\d\d?)\b/g)) {
		const [year, month, day] = [Number(y), Number(m), Number(d)];
		const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
		const why = month < 1 || month > 12 ? `there is no month ${month}` : day < 1 || day > days ? `${monthNames[month - 1]} ${year} has ${days} days` : undefined;
		if (!why) continue;
		const became = Date.UTC(year, month - 1, day);
		const field = [...dates(data)].find(({ date }) => Math.floor(date.getTime() / 86_400_000) === Math.floor(became / 86_400_000));
		if (field) found.push({ path: field.path, written, why });
	}
	return found;
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
	if (!parsed.ok) return { ok: false, line: parsed.line, message: `the frontmatter is not valid YAML: ${parsed.message}`, ...(parsed.fix ? { fix: parsed.fix } : {}) };
	const bodyLine = 1 + match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
	// Most lessons have no date, or a real one: the digits are looked at only then.
	const written = /\d{4}-\d\d?-\d\d?/.test(block) ? impossibleDates(block, parsed.yaml.data) : [];
	return { ok: true, yaml: parsed.yaml, bodyLine, body: text.slice(match[0].length), impossibleDates: written };
}

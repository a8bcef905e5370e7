/**
 * YAML parsed with the position of every value kept, so a problem with a
 * field can name the line it is on.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export interface ParsedYaml {
	data: unknown;
	/** The line of the field at `path` (its key's line, where a block value starts below it), or of the deepest part of the path that exists. */
	lineOf(path: readonly PropertyKey[]): number;
}

/** Where the field at the end of `path` starts: its key in a map, the item itself in a list. */
function fieldStart(doc: Document, path: readonly PropertyKey[]): number | undefined {
	const parent = (path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1) as unknown[], true)) as Node | null | undefined;
	const last = path.at(-1);
	if (isMap(parent)) {
		const pair = parent.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === last);
		return (pair?.key as Node | undefined)?.range?.[0];
	}
	if (isSeq(parent) && typeof last === 'number') return (parent.items[last] as Node | undefined)?.range?.[0];
	return undefined;
}

export type YamlResult = { ok: true; yaml: ParsedYaml } | { ok: false; line: number; column: number; message: string };

/**
 * What to do about a YAML error, for the one editors cause most: a tab used
 * to indent (editors set to tabs insert them, and YAML allows only spaces).
 */
export function yamlErrorFix(message: string): string | undefined {
	return /\btabs?\b/i.test(message) ? 'indent with spaces: YAML does not allow tabs for indentation' : undefined;
}

/** A YAML error's message with its fix, where there is one, for problems written as one line. */
export function yamlErrorWithFix(message: string): string {
	const fix = yamlErrorFix(message);
	return fix ? `${message}; ${fix}` : message;
}

/**
 * Parses `text`, whose first line is line `firstLine` of its file. A key
 * given twice is an error, as in Astro. With `dates`, a date such as
 * 2026-01-02 is read as a Date, as Astro reads a lesson's frontmatter.
 */
export function parseYamlWithLines(text: string, firstLine = 1, options: { dates?: boolean } = {}): YamlResult {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, ...(options.dates ? { customTags: ['timestamp' as const] } : {}) });
	const lineAt = (offset: number) => firstLine + lineCounter.linePos(offset).line - 1;
	const [error] = doc.errors;
	if (error) {
		const position = lineCounter.linePos(error.pos[0]);
		// A tab before a key often shows as an "unexpected scalar": name the cause the author can see.
		const indentedWithTab = /^ *\t/.test(text.split('\n')[position.line - 1] ?? '');
		return { ok: false, line: lineAt(error.pos[0]), column: position.col, message: indentedWithTab ? 'Tabs are not allowed as indentation' : error.message.split('\n')[0]! };
	}
	return {
		ok: true,
		yaml: {
			data: doc.toJS(),
			lineOf(path) {
				for (let length = path.length; length > 0; length--) {
					const start = fieldStart(doc, path.slice(0, length));
					if (start !== undefined) return lineAt(start);
				}
				return firstLine;
			},
		},
	};
}

/**
 * YAML parsed with the position of every value kept, so a problem with a
 * field can name the line it is on.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type YAMLError } from 'yaml';

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

export type YamlResult = { ok: true; yaml: ParsedYaml } | { ok: false; line: number; column: number; message: string; /** What to do, for the mistakes whose cause is known. */ fix?: string };

/** The key given twice at `offset` (where the error points, at its second use) and the offset of its first use. */
function repeatedKey(doc: Document, offset: number): { key: string; first: number } | undefined {
	let found: { key: string; first: number } | undefined;
	visit(doc, {
		Map(_, map) {
			const again = map.items.find((pair) => isScalar(pair.key) && pair.key.range?.[0] === offset);
			if (!again || !isScalar(again.key)) return undefined;
			const key = again.key.value;
			const first = map.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
			found = { key: String(key), first: (first?.key as Node).range?.[0] ?? offset };
			return visit.BREAK;
		},
	});
	return found;
}

/**
 * A YAML error in the author's terms: a tab used to indent (editors set to
 * tabs insert them; YAML allows only spaces), a key given twice, and a
 * value that needs quotes (`description: Why: reuse`, `title: @home`).
 * Other errors keep the parser's message, which says what is missing.
 */
function yamlMistake(error: YAMLError, doc: Document, lineText: string, lineAt: (offset: number) => number): { message: string; fix?: string } {
	if (error.code === 'TAB_AS_INDENT' || /^ *\t/.test(lineText)) return { message: 'Tabs are not allowed as indentation', fix: 'indent with spaces: YAML does not allow tabs for indentation' };
	const repeated = error.code === 'DUPLICATE_KEY' ? repeatedKey(doc, error.pos[0]) : undefined;
	if (repeated) {
		const [first, again] = [lineAt(repeated.first), lineAt(error.pos[0])];
		return { message: `"${repeated.key}" is given twice ${first === again ? `on line ${first}` : `(lines ${first} and ${again})`}`, fix: 'keep one' };
	}
	const message = error.message.split('\n')[0]!;
	if (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'BAD_SCALAR_START') return { message, fix: 'quote a value that contains ": " or starts with a special character, e.g. title: "A: B"' };
	return { message };
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
		// A tab before a key often shows as an "unexpected scalar": the line's tab is the cause the author can see.
		const mistake = yamlMistake(error, doc, text.split('\n')[position.line - 1] ?? '', lineAt);
		return { ok: false, line: lineAt(error.pos[0]), column: position.col, ...mistake };
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

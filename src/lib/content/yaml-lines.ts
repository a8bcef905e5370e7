/**
 * YAML parsed with the position of every value kept, so a problem with a
 * field can name the line it is on.
 */
import { LineCounter, parseDocument } from 'yaml';

export interface ParsedYaml {
	data: unknown;
	/** The line of the value at `path`, or of the deepest part of the path that exists. */
	lineOf(path: readonly PropertyKey[]): number;
}

export type YamlResult = { ok: true; yaml: ParsedYaml } | { ok: false; line: number; column: number; message: string };

/** Parses `text`, whose first line is line `firstLine` of its file. A key given twice is an error, as in Astro. */
export function parseYamlWithLines(text: string, firstLine = 1): YamlResult {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const lineAt = (offset: number) => firstLine + lineCounter.linePos(offset).line - 1;
	const [error] = doc.errors;
	if (error) return { ok: false, line: lineAt(error.pos[0]), column: lineCounter.linePos(error.pos[0]).col, message: error.message.split('\n')[0]! };
	return {
		ok: true,
		yaml: {
			data: doc.toJS(),
			lineOf(path) {
				for (let length = path.length; length > 0; length--) {
					const node = doc.getIn(path.slice(0, length) as unknown[], true) as { range?: readonly number[] } | null | undefined;
					if (node && typeof node === 'object' && node.range) return lineAt(node.range[0]!);
				}
				return firstLine;
			},
		},
	};
}

import { CORE_SCHEMA, load } from 'js-yaml';
import { parseYamlWithLines, type YamlResult } from './yaml-lines.ts';

/** The last text parsed for each file, with its data. */
const parsedByFile = new Map<string, { text: string; data: unknown }>();

/**
 * The data of a YAML file (`path` from the project root), parsed once in a
 * process while its text stays the same: the decks' check and the
 * translation status read the same deck files in every build. js-yaml with
 * YAML 1.2's core schema reads them as `yaml` does, seven times faster (the
 * decks and the glossary: 16 against 112 ms); a file it refuses is read
 * again with lines for the message (yamlDataProblem). Throws js-yaml's error.
 * The data is shared, so readers must not change it.
 */
export function yamlData(path: string, text: string): unknown {
	const last = parsedByFile.get(path);
	if (last?.text === text) return last.data;
	const data: unknown = load(text, { schema: CORE_SCHEMA, filename: path });
	parsedByFile.set(path, { text, data });
	return data;
}

/**
 * Where and why a file yamlData refused is not YAML: read again with lines,
 * as lessons and the glossary are, for the same line and wording of the
 * mistake (`path:line`, or `path` when only js-yaml refuses it).
 */
export function yamlDataProblem(path: string, text: string, error: unknown): { place: string; message: string } {
	const parsed = parseYamlWithLines(text);
	const { line, message, fix } = parsed.ok ? { line: undefined, message: (error as Error).message.split('\n')[0]!, fix: undefined } : parsed;
	return { place: line ? `${path}:${line}` : path, message: `not valid YAML: ${message}${fix ? `; ${fix}` : ''}` };
}

/**
 * Where a merge key (`<<: *anchor`) is, if any: YAML 1.2 has none, so it is
 * read as a field named "<<" and the fields it was to bring are missing,
 * which the checks would report as a wrong field elsewhere.
 */
function mergeKeyPath(value: unknown, path: PropertyKey[] = [], seen = new Set<object>()): PropertyKey[] | undefined {
	if (!value || typeof value !== 'object' || seen.has(value)) return undefined;
	seen.add(value);
	for (const [key, inner] of Object.entries(value)) {
		const at = [...path, Array.isArray(value) ? Number(key) : key];
		if (key === '<<' && !Array.isArray(value)) return at;
		const found = mergeKeyPath(inner, at, seen);
		if (found) return found;
	}
	return undefined;
}

/** A file read by readYamlFile: its data, or where and why it is not YAML. */
export type YamlFile = { ok: true; data: unknown; lineOf: (path: readonly PropertyKey[]) => number | undefined } | { ok: false; place: string; message: string };

/**
 * A file's data (yamlData), with the line of a field found only when a
 * problem asks for one: a file without mistakes is parsed once, by js-yaml,
 * and the slower positioned parse runs only for a message. A field has no
 * line when only js-yaml reads the file.
 */
export function readYamlFile(path: string, text: string): YamlFile {
	let data: unknown;
	try {
		data = yamlData(path, text);
	} catch (error) {
		return { ok: false, ...yamlDataProblem(path, text, error) };
	}
	let positioned: YamlResult | undefined;
	const lineOf = (field: readonly PropertyKey[]) => {
		positioned ??= parseYamlWithLines(text);
		return positioned.ok ? positioned.yaml.lineOf(field) : undefined;
	};
	const merge = text.includes('<<') ? mergeKeyPath(data) : undefined;
	if (merge) {
		const line = lineOf(merge);
		return { ok: false, place: line ? `${path}:${line}` : path, message: 'YAML merge keys (<<) are not supported; write the fields out' };
	}
	return { ok: true, data, lineOf };
}

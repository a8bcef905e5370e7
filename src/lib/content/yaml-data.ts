import { CORE_SCHEMA, load } from 'js-yaml';

/** The last text parsed for each file, with its data. */
const parsedByFile = new Map<string, { text: string; data: unknown }>();

/**
 * The data of a YAML file (`path` from the project root), parsed once in a
 * process while its text stays the same: the decks' check and the
 * translation status read the same deck files in every build. js-yaml with
 * YAML 1.2's core schema reads them as `yaml` does, seven times faster (the
 * decks and the glossary: 16 against 112 ms); a file it refuses is read
 * again with lines for the message (yaml-lines.ts). Throws js-yaml's error.
 * The data is shared, so readers must not change it.
 */
export function yamlData(path: string, text: string): unknown {
	const last = parsedByFile.get(path);
	if (last?.text === text) return last.data;
	const data: unknown = load(text, { schema: CORE_SCHEMA, filename: path });
	parsedByFile.set(path, { text, data });
	return data;
}

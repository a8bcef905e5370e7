import { parse } from 'yaml';

/** The last text parsed for each file, with its data. */
const parsedByFile = new Map<string, { text: string; data: unknown }>();

/**
 * The data of a YAML file (`path` from the project root), parsed once in a
 * process while its text stays the same: the decks' check and the
 * translation status read the same deck files in every build. Throws as
 * `yaml`'s `parse` does. The data is shared, so readers must not change it.
 */
export function yamlData(path: string, text: string): unknown {
	const last = parsedByFile.get(path);
	if (last?.text === text) return last.data;
	const data: unknown = parse(text);
	parsedByFile.set(path, { text, data });
	return data;
}

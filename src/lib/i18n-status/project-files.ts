import { yamlData, yamlDataProblem } from '../content/yaml-data.ts';
import type { ContentKind, KindInventory } from './types.ts';

/**
 * Read-only access to the project's files, so the adapters stay pure: the
 * build and the command line pass the real file system, tests an in-memory map.
 * Paths are relative to the project root and use '/'.
 */
export interface ProjectFiles {
	/** Every file under `dir`, recursively, as paths from the project root; [] when `dir` does not exist. */
	list(dir: string): string[];
	/** A file's text, or undefined when it does not exist. */
	read(path: string): string | undefined;
}

/** One kind of translatable content: reads what English offers and what each locale has. */
export interface ContentAdapter {
	kind: ContentKind;
	inventory(files: ProjectFiles, locales: readonly string[], sourceLocale: string): KindInventory;
}

/** The parsed YAML of a file, undefined when it does not exist; throws naming the file when it is not YAML. */
export function readYaml(files: ProjectFiles, path: string): unknown {
	const text = files.read(path);
	if (text === undefined) return undefined;
	try {
		return yamlData(path, text);
	} catch (error) {
		const { place, message } = yamlDataProblem(path, text, error);
		throw new Error(`${place}: ${message}`);
	}
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

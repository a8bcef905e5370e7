/** Problem messages that name the file, the card and the field. */
import type { z } from 'zod';

/** "options.b.feedback", or "options[1].correct" for list items. */
export function fieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** `quizzes/d/tr.yaml:12: card "x": options.b.feedback: expected text`. */
export function problem(file: string, card: string | undefined, field: string, message: string): string {
	return [file, card === undefined ? undefined : `card "${card}"`, field || undefined, message].filter(Boolean).join(': ');
}

/** A deck file as problems name it: its path and, when its text was read, the line of each field. */
export interface LocatedFile {
	path: string;
	/** The line of the field at a path in the parsed data (the deepest part of it that exists). */
	lineOf?: (path: readonly PropertyKey[]) => number | undefined;
}

/** `quizzes/d/deck.yaml:12` for the field at `path`; the bare file when its lines are not known. */
export function placeIn(file: LocatedFile, path: readonly PropertyKey[]): string {
	const line = file.lineOf?.(path);
	return line === undefined ? file.path : `${file.path}:${line}`;
}

/**
 * Turns zod issues into problems, each at the line of its field. Paths
 * under `cards` name the card: by key in texts files, by its id (or item
 * number) in deck.yaml.
 */
export function schemaProblems(file: LocatedFile & { data: unknown }, error: z.ZodError): string[] {
	return error.issues.map((issue) => {
		const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
		const at = placeIn(file, unknownKey === undefined ? issue.path : [...issue.path, unknownKey]);
		const [first, second, ...rest] = issue.path;
		if (first !== 'cards' || second === undefined) return problem(at, undefined, fieldPath(issue.path), issue.message);
		return problem(at, cardLabel(file.data, second), fieldPath(rest), issue.message);
	});
}

function cardLabel(data: unknown, key: PropertyKey): string {
	if (typeof key !== 'number') return String(key);
	const cards = (data as { cards?: unknown } | null)?.cards;
	const card = Array.isArray(cards) ? (cards[key] as { id?: unknown } | undefined) : undefined;
	return typeof card?.id === 'string' ? card.id : `item ${key + 1}`;
}

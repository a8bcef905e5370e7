/** Problem messages that name the file, the card and the field. */
import type { z } from 'zod';
import { knownFields, nearestField, valueAt } from '../content/schema-fields.ts';
import { issueFix } from '../content/value-fixes.ts';

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
 * number) in deck.yaml. A field the schema does not know is named with the
 * field it most likely meant; when that field is missing, the two issues
 * are one mistake and one problem.
 */
export function schemaProblems(file: LocatedFile & { data: unknown }, error: z.ZodError, schema: z.ZodType): string[] {
	const meant = new Map<z.core.$ZodIssue, string>();
	for (const issue of error.issues) {
		if (issue.code !== 'unrecognized_keys') continue;
		const field = nearestField(issue.keys[0]!, knownFields(schema, issue.path));
		if (field) meant.set(issue, field);
	}
	const misspelt = (issue: z.core.$ZodIssue) =>
		issue.code === 'invalid_type' &&
		valueAt(file.data, issue.path) === undefined &&
		[...meant].some(([unknown, field]) => field === issue.path.at(-1) && fieldPath(unknown.path) === fieldPath(issue.path.slice(0, -1)));
	return error.issues.filter((issue) => !misspelt(issue)).map((issue) => {
		const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
		const at = placeIn(file, unknownKey === undefined ? issue.path : [...issue.path, unknownKey]);
		const field = meant.get(issue);
		const fix = issueFix(issue, file.data);
		const message = unknownKey === undefined ? (fix ? `${issue.message}; ${fix}` : issue.message) : `"${unknownKey}" is not a field here; ${field ? `did you mean "${field}"?` : `remove it (see quizzes/README.md for the fields)`}`;
		const [first, second, ...rest] = issue.path;
		if (first !== 'cards' || second === undefined) return problem(at, undefined, fieldPath(issue.path), message);
		return problem(at, cardLabel(file.data, second), fieldPath(rest), message);
	});
}

function cardLabel(data: unknown, key: PropertyKey): string {
	if (typeof key !== 'number') return String(key);
	const cards = (data as { cards?: unknown } | null)?.cards;
	const card = Array.isArray(cards) ? (cards[key] as { id?: unknown } | undefined) : undefined;
	return typeof card?.id === 'string' ? card.id : `item ${key + 1}`;
}

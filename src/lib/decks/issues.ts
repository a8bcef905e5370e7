/** Problem messages that name the file, the card and the field. */
import type { z } from 'zod';

/** "options.b.feedback", or "options[1].correct" for list items. */
export function fieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** `quizzes/d/tr.yaml: card "x": options.b.feedback: expected text`. */
export function problem(file: string, card: string | undefined, field: string, message: string): string {
	return [file, card === undefined ? undefined : `card "${card}"`, field || undefined, message].filter(Boolean).join(': ');
}

/**
 * Turns zod issues into problems. Paths under `cards` name the card: by key
 * in texts files, by its id (or item number) in deck.yaml.
 */
export function schemaProblems(file: string, error: z.ZodError, data: unknown): string[] {
	return error.issues.map((issue) => {
		const [first, second, ...rest] = issue.path;
		if (first !== 'cards' || second === undefined) return problem(file, undefined, fieldPath(issue.path), issue.message);
		return problem(file, cardLabel(data, second), fieldPath(rest), issue.message);
	});
}

function cardLabel(data: unknown, key: PropertyKey): string {
	if (typeof key !== 'number') return String(key);
	const cards = (data as { cards?: unknown } | null)?.cards;
	const card = Array.isArray(cards) ? (cards[key] as { id?: unknown } | undefined) : undefined;
	return typeof card?.id === 'string' ? card.id : `item ${key + 1}`;
}

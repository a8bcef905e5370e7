import { createHash } from 'node:crypto';
import { sourceHashPattern } from './hash-format.ts';

/**
 * A translation records the hash of the English text it was made from
 * (`sourceHash:` in its frontmatter or entry). The hash depends on the text
 * only, never on the file's name, place or Git history, so it survives
 * renames, moves and shallow clones.
 */

/** Line endings, trailing spaces and blank lines at either end do not count as a change. */
function normalize(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => line.trimEnd())
		.join('\n')
		.trim();
}

/** The hash of a text, as recorded in translations. */
export function sourceHash(text: string): string {
	return createHash('sha256').update(normalize(text)).digest('hex').slice(0, 12);
}

/** JSON with object keys sorted, so reordering fields in a YAML file is not a change. */
function stableJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
	}
	return JSON.stringify(typeof value === 'string' ? normalize(value) : value);
}

/** The hash of structured text (a glossary entry's wording, a card's texts). */
export function sourceHashOf(value: unknown): string {
	return sourceHash(stableJson(value));
}

/** The recorded hash when it is well formed, else undefined (a typo then reads as "unstamped"). */
export function readRecordedHash(value: unknown): string | undefined {
	return typeof value === 'string' && sourceHashPattern.test(value.trim()) ? value.trim() : undefined;
}

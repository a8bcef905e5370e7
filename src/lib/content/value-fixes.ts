/**
 * How to fix a frontmatter value of the wrong type, for the mistakes YAML
 * invites: a number in quotes is text, `yes` is text (YAML 1.2 knows only
 * true and false), and a title that looks like a number is a number.
 */
const numeric = /^\s*-?\d+(\.\d+)?\s*$/;

/** The fix for a value where the schema `expected` another type, or undefined when there is nothing to add. */
export function typeFix(expected: string, value: unknown): string | undefined {
	if (expected === 'number') return typeof value === 'string' && numeric.test(value) ? `write it as a number, without quotes (${value.trim()}, not "${value}")` : 'write a number, e.g. 2';
	if (expected === 'boolean') return typeof value === 'string' ? `write true or false ("${value}" is text to YAML)` : 'write true or false';
	if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) return `put the value in quotes to make it text, e.g. "${String(value)}"`;
	return undefined;
}

/**
 * A look at a file's JSON structure before it is parsed, so that a hostile
 * file is refused cheaply: parsing 50 MB of "{}," builds 16 million objects
 * (about a minute and a gigabyte in Chromium, measured), far more than any
 * backup holds. One pass over the text counts nesting, entries per list or
 * object, and objects and lists in all, without building anything.
 */
import type { FileProblem } from './problems';

export interface ShapeLimits {
	/** Deepest nesting of objects and lists (the top-level object is 1). */
	depth: number;
	/** Entries in one list, or fields in one object. */
	entries: number;
	/** Objects and lists in the whole file. */
	containers: number;
}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACE = 123;
const OPEN_BRACKET = 91;
const CLOSE_BRACE = 125;
const CLOSE_BRACKET = 93;

/**
 * The first limit `text` breaks, named by the top-level field it happens in
 * (e.g. reviews); undefined when within all. Text that is not JSON passes
 * (JSON.parse says what is wrong with it).
 */
export function shapeProblem(text: string, limits: ShapeLimits): FileProblem | undefined {
	const commas = new Int32Array(limits.depth + 2);
	let depth = 0;
	let containers = 0;
	let inString = false;
	/** Where the last string at depth 1 began and ended: the key of the field a depth-2 value belongs to. */
	let keyStart = 0;
	let keyEnd = 0;
	let field: string | undefined;
	let rootIsObject = false;
	const where = (): string[] => (field === undefined ? [] : [field]);
	for (let index = 0; index < text.length; index += 1) {
		const code = text.charCodeAt(index);
		if (inString) {
			if (code === BACKSLASH) index += 1;
			else if (code === QUOTE) {
				inString = false;
				if (depth === 1) keyEnd = index;
			}
			continue;
		}
		if (code === QUOTE) {
			inString = true;
			if (depth === 1) keyStart = index + 1;
		} else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
			depth += 1;
			containers += 1;
			if (depth === 1) rootIsObject = code === OPEN_BRACE;
			if (depth > limits.depth) return { path: where(), code: 'tooDeep', limit: limits.depth };
			if (containers > limits.containers) return { path: where(), code: 'tooManyValues', limit: limits.containers };
			commas[depth] = 0;
			if (depth === 2 && rootIsObject) field = text.slice(keyStart, keyEnd);
		} else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
			depth -= 1;
			if (depth < 1) field = undefined;
			if (depth < 0) return undefined;
		} else if (code === COMMA && depth > 0) {
			const separators = (commas[depth] ?? 0) + 1;
			commas[depth] = separators;
			// n commas separate n + 1 entries.
			if (separators >= limits.entries) return { path: where(), code: 'tooMany', limit: limits.entries };
		}
	}
	return undefined;
}

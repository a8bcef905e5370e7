/** A named field of a value that may be anything (stored or imported data not yet checked), or undefined when it is no object. */
export function fieldOf(value: unknown, name: string): unknown {
	return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

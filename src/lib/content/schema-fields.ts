/**
 * The fields a zod schema knows, for naming the one a misspelt field
 * meant. For a lesson's frontmatter, also the fields the schema does not
 * know: zod drops them without a word, so a misspelt `dek:` or `sidbar:`
 * would build a lesson without its trainer link or its place in the
 * sidebar, and nobody would be told. Every field the schema accepts
 * (Starlight's and the site's) is known, at any depth it describes.
 */
import type { z } from 'astro/zod';
import type { FieldIssue } from './lesson-index.ts';

/** The parts of zod's internal definition this walk reads. */
interface Definition {
	type: string;
	shape?: Record<string, z.ZodType>;
	innerType?: z.ZodType;
	in?: z.ZodType;
	options?: z.ZodType[];
	element?: z.ZodType;
	valueType?: z.ZodType;
}

const definition = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Definition } })._zod.def;
const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional']);

/** The object, array or record schemas a value may match, wrappers and unions unfolded. */
function shapesOf(schema: z.ZodType): Definition[] {
	const def = definition(schema);
	if (wrappers.has(def.type)) return shapesOf(def.innerType!);
	if (def.type === 'pipe') return shapesOf(def.in!);
	if (def.type === 'union') return def.options!.flatMap(shapesOf);
	return def.type === 'object' || def.type === 'array' || def.type === 'record' ? [def] : [];
}

/** The field names the schema allows at `path` (list items by number, record entries by key); for a union, those of every option. */
export function knownFields(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	let shapes = shapesOf(schema);
	for (const key of path) {
		shapes = shapes.flatMap((shape) => {
			if (shape.type === 'array') return typeof key === 'number' ? shapesOf(shape.element!) : [];
			if (shape.type === 'record') return shapesOf(shape.valueType!);
			const field = shape.shape![String(key)];
			return field ? shapesOf(field) : [];
		});
	}
	return [...new Set(shapes.flatMap((shape) => (shape.type === 'object' ? Object.keys(shape.shape!) : [])))];
}

/** The value at `path` in parsed data, or undefined where the path leads nowhere. */
export const valueAt = (data: unknown, path: readonly PropertyKey[]) => path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);

/** Edit distance with adjacent transpositions, so `titel` is one step from `title`. */
function distance(a: string, b: string): number {
	const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
			rows[i]![j] = best;
		}
	}
	return rows[a.length]![b.length]!;
}

/** The known field a misspelt one most likely meant: one or two typing slips away, whatever the case. */
export function nearestField(name: string, known: readonly string[]): string | undefined {
	const allowed = name.length <= 4 ? 1 : 2;
	let best: { field: string; steps: number } | undefined;
	for (const field of known) {
		const steps = distance(name.toLowerCase(), field.toLowerCase());
		if (steps <= allowed && (!best || steps < best.steps)) best = { field, steps };
	}
	return best?.field;
}

function walk(schema: z.ZodType, data: unknown, path: PropertyKey[], issues: FieldIssue[]): void {
	if (data === null || typeof data !== 'object' || data instanceof Date) return;
	const shapes = shapesOf(schema);
	if (Array.isArray(data)) {
		const element = shapes.find((shape) => shape.type === 'array')?.element;
		if (element) data.forEach((item, index) => walk(element, item, [...path, index], issues));
		return;
	}
	// A record (attrs, say) takes any key, so only objects have fields to miss.
	const objects = shapes.filter((shape) => shape.type === 'object');
	if (objects.length === 0) return;
	const known = [...new Set(objects.flatMap((shape) => Object.keys(shape.shape!)))];
	for (const [key, value] of Object.entries(data)) {
		const field = objects.find((shape) => key in shape.shape!)?.shape![key];
		if (field) {
			walk(field, value, [...path, key], issues);
			continue;
		}
		const meant = nearestField(key, known);
		const within = path.length ? `a field of ${path.map(String).join('.')}` : 'a frontmatter field';
		issues.push({
			path: [...path, key],
			message: meant ? `not ${within}, so it would be ignored; did you mean "${meant}"?` : `not ${within}, so it would be ignored`,
			fix: meant ? `rename it to "${meant}:"` : `remove it, or use one of ${known.join(', ')}`,
			...(meant ? { meant: [...path, meant] } : {}),
		});
	}
}

/** Every field of `data` (a lesson's frontmatter) that `schema` does not describe. */
export function unknownFields(schema: z.ZodType, data: unknown): FieldIssue[] {
	const issues: FieldIssue[] = [];
	walk(schema, data, [], issues);
	return issues;
}

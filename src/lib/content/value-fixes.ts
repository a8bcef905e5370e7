/**
 * A value the schema rejects (in a lesson's frontmatter, a deck or the
 * glossary), said so an author can fix it.
 * Zod says only "Invalid input" for a value that matches none of a field's
 * forms (`tableOfContents: yes`, a badge of an unknown variant); and the
 * mistakes YAML invites need their fix: a number or a date in quotes is
 * text, `yes` is text (YAML 1.2 knows only true and false), and a title
 * that looks like a number is a number.
 */
import type { z } from 'astro/zod';
import type { FieldIssue } from './lesson-index.ts';
import { valueAt } from './schema-fields.ts';

const numeric = /^\s*-?\d+(\.\d+)?\s*$/;

/** The fix for a value where the schema `expected` another type, or undefined when there is nothing to add. */
export function typeFix(expected: string, value: unknown): string | undefined {
	if (expected === 'number') return typeof value === 'string' && numeric.test(value) ? `write it as a number, without quotes (${value.trim()}, not "${value}")` : 'write a number, e.g. 2';
	if (expected === 'boolean') {
		const meant = typeof value === 'string' ? (/^(yes|y|on)$/i.test(value) ? 'true' : /^(no|n|off)$/i.test(value) ? 'false' : undefined) : undefined;
		return meant ? `write ${meant} ("${String(value)}" is text to YAML)` : 'write true or false';
	}
	if (expected === 'date') {
		// YAML reads an unquoted 2026-01-02 as a date; in quotes, or in other words, it is text.
		return typeof value === 'string' && /^\s*\d{4}-\d\d-\d\d\s*$/.test(value) ? `write the date without quotes (${value.trim()}, not "${value}")` : 'write a date as YYYY-MM-DD, without quotes, e.g. 2026-01-02';
	}
	if (expected === 'array') return typeof value === 'string' ? `write a list: [${value}]` : 'write a list, e.g. [a, b]';
	if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) return `put the value in quotes to make it text, e.g. "${String(value)}"`;
	return undefined;
}

/** The fix for a zod issue about the value at its path in `data`, if one can be said. */
export function issueFix(issue: z.core.$ZodIssue, data: unknown): string | undefined {
	return issue.code === 'invalid_type' ? typeFix(issue.expected, valueAt(data, issue.path)) : undefined;
}

/**
 * The issue as the author should read it. Of a field that takes several
 * forms: the problem inside the form the value has (the badge's variant),
 * or else the forms it may take, with how to write each.
 */
export function fieldIssue(issue: z.core.$ZodIssue, data: unknown): FieldIssue {
	const value = valueAt(data, issue.path);
	if (issue.code === 'invalid_union' && issue.errors.length > 0) {
		const inner = issue.errors.flat().find((branch) => branch.path.length > 0);
		if (inner) return fieldIssue({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue, data);
		const expected = [...new Set(issue.errors.flat().flatMap((branch) => (branch.code === 'invalid_type' ? [branch.expected] : [])))];
		// Each form the value may take, with how to write it: a date or true/false, say.
		const fix = expected.flatMap((type) => typeFix(type, value) ?? []).join('; or ');
		if (expected.length > 0) return { path: issue.path, message: `expected ${expected.join(' or ')}, received ${typeof value}`, ...(fix ? { fix } : {}) };
	}
	const fix = issueFix(issue, data);
	return { path: issue.path, message: issue.message, ...(fix ? { fix } : {}) };
}

import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { foldCase } from './fold';
import { phraseFinder } from './match';
import { conceptsFileSchema, localeFileSchema, type Concept, type LocaleEntry } from './schema';

/** One file of `content/glossary/`, as read from disk (or bundled). */
export interface GlossaryFile {
	/** Path shown in messages, e.g. `content/glossary/tr.yaml`. */
	path: string;
	text: string;
}

export interface Glossary {
	/** The locale every other one falls back to; it must have every entry. */
	sourceLocale: string;
	/** Locales that have a file, source locale first. */
	locales: string[];
	/** Concepts in the order of `terms.yaml`. */
	concepts: Concept[];
	/** Entries by locale, then by concept id. A locale may lack some. */
	entries: Map<string, Map<string, LocaleEntry>>;
}

export interface ParseOptions {
	sourceLocale: string;
	/** Locale codes the site is built in (src/lib/locales.ts). */
	siteLocales: readonly string[];
	/** Whether a lesson id (`strategies/transfer-learning`) exists in any locale. */
	lessonExists: (lesson: string) => boolean;
}

/** Every problem found in the glossary's files, one line each, naming file and entry. */
export class GlossaryError extends Error {
	constructor(readonly problems: readonly string[]) {
		super(`The glossary has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
		this.name = 'GlossaryError';
	}
}

export const conceptsFileName = 'terms.yaml';

function fileName(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}

/** "entry "fine-tuning" (item 3)" when the item has a usable id, else "item 3". */
function describeItem(data: unknown, index: number): string {
	const item = Array.isArray(data) ? data[index] : undefined;
	const id = item && typeof item === 'object' && 'id' in item ? (item as { id: unknown }).id : undefined;
	return typeof id === 'string' && id ? `entry "${id}" (item ${index + 1})` : `item ${index + 1}`;
}

function validate<T>(file: GlossaryFile, schema: z.ZodType<T[]>, problems: string[]): T[] | undefined {
	let data: unknown;
	try {
		data = parseYaml(file.text);
	} catch (error) {
		problems.push(`${file.path}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
		return undefined;
	}
	const result = schema.safeParse(data ?? []);
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		const [index, field, ...rest] = issue.path;
		const where =
			typeof index === 'number'
				? `${describeItem(data, index)}${field === undefined ? '' : `, field "${[field, ...rest].join('.')}"`}`
				: 'the file';
		problems.push(`${file.path}: ${where}: ${issue.message}`);
	}
	return undefined;
}

/** Reports ids that appear twice in one file. */
function checkUniqueIds(path: string, items: readonly { id: string }[], problems: string[]): void {
	const firstAt = new Map<string, number>();
	items.forEach((item, index) => {
		const first = firstAt.get(item.id);
		if (first === undefined) firstAt.set(item.id, index);
		else problems.push(`${path}: entry "${item.id}" (item ${index + 1}): duplicate id, already used by item ${first + 1}`);
	});
}

/** Canonical terms must be unique, and no alternative may be a canonical term or listed twice. */
function checkTerms(path: string, locale: string, entries: readonly LocaleEntry[], problems: string[]): void {
	const canonical = new Map<string, string>();
	for (const entry of entries) {
		const key = foldCase(entry.term, locale);
		const other = canonical.get(key);
		if (other) problems.push(`${path}: entry "${entry.id}": term "${entry.term}" is already the term of entry "${other}"`);
		else canonical.set(key, entry.id);
	}
	const alternativeOf = new Map<string, string>();
	for (const entry of entries) {
		for (const alternative of entry.alternatives) {
			const key = foldCase(alternative, locale);
			const owner = canonical.get(key);
			if (owner === entry.id) problems.push(`${path}: entry "${entry.id}": alternative "${alternative}" is the entry's own term`);
			else if (owner) problems.push(`${path}: entry "${entry.id}": alternative "${alternative}" is the canonical term of entry "${owner}"`);
			const listedBy = alternativeOf.get(key);
			if (listedBy) problems.push(`${path}: entry "${entry.id}": alternative "${alternative}" is also listed by entry "${listedBy}"`);
			else alternativeOf.set(key, entry.id);
		}
	}
	checkAlternativesSpareTerms(path, locale, entries, problems);
}

/**
 * An alternative found inside a canonical term (with the lint's own
 * matching, suffixes included: "çoklu görev öğrenme" in "çoklu görev
 * öğrenmesi") would make `lint:terms` flag the canonical term itself.
 */
function checkAlternativesSpareTerms(path: string, locale: string, entries: readonly LocaleEntry[], problems: string[]): void {
	const phrases = entries.flatMap((entry) => entry.alternatives.map((text) => ({ text, value: { id: entry.id, text } })));
	const finder = phraseFinder(phrases, locale);
	for (const entry of entries) {
		for (const match of finder.find(entry.term)) {
			if (foldCase(match.value.text, locale) === foldCase(entry.term, locale)) continue;
			problems.push(`${path}: entry "${match.value.id}": alternative "${match.value.text}" matches inside the term "${entry.term}" of entry "${entry.id}", so lint:terms would flag the canonical term`);
		}
	}
}

/**
 * Reads and checks the glossary's files. Throws a GlossaryError listing
 * every problem: bad YAML or fields, duplicate ids, unknown ids or lessons,
 * a missing source-locale entry, clashing terms.
 */
export function parseGlossary(files: readonly GlossaryFile[], options: ParseOptions): Glossary {
	const problems: string[] = [];
	const conceptsFile = files.find((file) => fileName(file.path) === conceptsFileName);
	if (!conceptsFile) throw new GlossaryError([`content/glossary/${conceptsFileName}: missing (it lists the concepts and their lessons)`]);
	const concepts = validate(conceptsFile, conceptsFileSchema, problems) ?? [];
	checkUniqueIds(conceptsFile.path, concepts, problems);
	for (const concept of concepts) {
		for (const lesson of concept.lessons) {
			if (!options.lessonExists(lesson)) {
				problems.push(`${conceptsFile.path}: entry "${concept.id}": lesson "${lesson}" does not exist (no content/<locale>/${lesson}.md, .mdx or /index.md)`);
			}
		}
	}
	const known = new Set(concepts.map((concept) => concept.id));
	const entries = new Map<string, Map<string, LocaleEntry>>();
	const unreadable = new Set<string>();
	for (const file of files) {
		const name = fileName(file.path);
		if (name === conceptsFileName) continue;
		const locale = name.replace(/\.ya?ml$/, '');
		if (!options.siteLocales.includes(locale)) {
			problems.push(`${file.path}: locale "${locale}" is not one of the site's locales (${options.siteLocales.join(', ')}) in src/lib/locales.ts`);
			continue;
		}
		const items = validate(file, localeFileSchema, problems);
		if (!items) {
			unreadable.add(locale);
			continue;
		}
		checkUniqueIds(file.path, items, problems);
		for (const item of items) {
			if (!known.has(item.id)) problems.push(`${file.path}: entry "${item.id}": unknown id (add it to ${conceptsFile.path} first)`);
		}
		checkTerms(file.path, locale, items, problems);
		entries.set(locale, new Map(items.map((item) => [item.id, item])));
	}
	const source = entries.get(options.sourceLocale);
	// An unreadable source file has its problems listed already; reporting every entry as missing would bury them.
	if (!source && !unreadable.has(options.sourceLocale)) {
		problems.push(`content/glossary/${options.sourceLocale}.yaml: missing (the source locale's file is what other locales fall back to)`);
	}
	for (const concept of source ? concepts : []) {
		if (!source?.has(concept.id)) {
			problems.push(`content/glossary/${options.sourceLocale}.yaml: entry "${concept.id}": missing (every concept needs a source-locale entry to fall back on)`);
		}
	}
	if (problems.length > 0) throw new GlossaryError(problems);
	const locales = [options.sourceLocale, ...[...entries.keys()].filter((locale) => locale !== options.sourceLocale).sort()];
	return { sourceLocale: options.sourceLocale, locales, concepts, entries };
}

import type { z } from 'zod';
import { knownFields, nearestField } from '../content/schema-fields.ts';
import { issueFix } from '../content/value-fixes.ts';
import { readYamlFile } from '../content/yaml-data.ts';
import { foldCase } from './fold.ts';
import { phraseFinder } from './match.ts';
import { conceptSchema, localeEntrySchema, type Concept, type LocaleEntry } from './schema.ts';

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
	/** The BCP 47 tag of each locale code, for sorting and case folding. */
	tags: Record<string, string>;
	/** Concepts in the order of `terms.yaml`. */
	concepts: Concept[];
	/** Entries by locale, then by concept id. A locale may lack some. */
	entries: Map<string, Map<string, LocaleEntry>>;
}

export interface ParseOptions {
	sourceLocale: string;
	/** Locale codes the site is built in (src/lib/locales.ts). */
	siteLocales: readonly string[];
	/** The BCP 47 tag of each locale code; a code without one is used as its own tag. */
	tags?: Readonly<Record<string, string>>;
	/** Whether a lesson id (`strategies/transfer-learning`) exists in any locale. */
	lessonExists: (lesson: string) => boolean;
}

/** The tag Intl needs for a locale code of the glossary. */
export function glossaryTag(glossary: Pick<Glossary, 'tags'>, locale: string): string {
	return glossary.tags[locale] ?? locale;
}

/** Every problem found in the glossary's files, one line each, naming file, line and entry. */
export class GlossaryError extends Error {
	readonly problems: readonly string[];

	constructor(problems: readonly string[]) {
		super(`The glossary has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
		this.problems = problems;
		this.name = 'GlossaryError';
	}
}

export const conceptsFileName = 'terms.yaml';

function fileName(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}

/** "entry "fine-tuning" (item 3)" when the item has a usable id, else "item 3". */
function describeItem(item: unknown, index: number): string {
	const id = item && typeof item === 'object' && 'id' in item ? (item as { id: unknown }).id : undefined;
	return typeof id === 'string' && id ? `entry "${id}" (item ${index + 1})` : `item ${index + 1}`;
}

/** Ids of items a file could not read, and how many had no usable id. */
type SkippedIds = Set<string> & { anonymous: number };

const skippedIds = (): SkippedIds => Object.assign(new Set<string>(), { anonymous: 0 });

/** The valid items of one file, and the line of any of their fields. */
interface ReadFile<T> {
	items: T[];
	/** The line of a field of the n-th valid item, e.g. (2, ['lessons', 1]), or of the item itself for []. */
	lineOf: (item: number, path: readonly PropertyKey[]) => number | undefined;
}

/** `path:line`, or `path` where the line is not known (see readYamlFile). */
const place = (path: string, line: number | undefined) => (line ? `${path}:${line}` : path);

/**
 * Parses a list file item by item: a bad item is reported and left out, the
 * rest are kept. The ids of items left out go to `skipped`, so that other
 * files naming them are not blamed for this file's mistake;
 * `skipped.anonymous` counts those with no usable id. A file with no entries
 * at all is a problem only when `required` (terms.yaml and the source
 * locale's file): a translation may be begun empty.
 */
function readItems<T extends { id: string }>(file: GlossaryFile, schema: z.ZodType<T>, problems: string[], skipped: SkippedIds, required: boolean): ReadFile<T> | undefined {
	const read = readYamlFile(file.path, file.text);
	if (!read.ok) {
		problems.push(`${read.place}: ${read.message}`);
		return undefined;
	}
	if ((read.data === null || read.data === undefined) && required) {
		problems.push(`${file.path}:1: the file is empty; write one item per concept, each starting with "- id: …" (see docs/glossary.md)`);
		return undefined;
	}
	const data = read.data ?? [];
	if (!Array.isArray(data)) {
		problems.push(`${file.path}:1: expected a list of entries, each starting with "- id: …"`);
		return undefined;
	}
	const at = (path: readonly PropertyKey[]) => place(file.path, read.lineOf(path));
	const items: T[] = [];
	const indexes: number[] = [];
	data.forEach((item: unknown, index) => {
		const result = schema.safeParse(item);
		if (result.success) {
			items.push(result.data);
			indexes.push(index);
			return;
		}
		const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
		if (typeof id === 'string') skipped.add(id);
		else skipped.anonymous++;
		const issues = result.error.issues.map((issue) => {
			const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
			const fix = issueFix(issue, item);
			if (unknownKey === undefined) return { path: issue.path, message: fix ? `${issue.message}; ${fix}` : issue.message, unknown: false };
			const meant = nearestField(unknownKey, knownFields(schema, []));
			return { path: [unknownKey], message: `not a field of an entry; ${meant ? `did you mean "${meant}"?` : `an entry has ${knownFields(schema, []).join(', ')}`}`, unknown: true };
		});
		const record = (item && typeof item === 'object' ? item : {}) as Record<PropertyKey, unknown>;
		const absent = issues.filter((issue) => !issue.unknown && issue.path.length === 1 && record[issue.path[0]!] === undefined);
		const unknown = issues.filter((issue) => issue.unknown);
		// A misspelt field name is one mistake, though the schema sees a field missing and an unknown one.
		const misspelt = absent.length > 0 && unknown.length > 0;
		for (const issue of misspelt ? issues.filter((other) => !absent.includes(other) && other !== unknown[0]) : issues) {
			const field = issue.path.length ? `, field "${issue.path.join('.')}"` : '';
			problems.push(`${at([index, ...issue.path])}: ${describeItem(item, index)}${field}: ${issue.message}`);
		}
		if (misspelt) {
			const wanted = absent.map((issue) => `"${String(issue.path[0])}"`).join(', ');
			problems.push(`${at([index, ...unknown[0]!.path])}: ${describeItem(item, index)}, field "${String(unknown[0]!.path[0])}": not a field of an entry, and ${wanted} is missing; if it is meant as ${wanted}, rename it`);
		}
	});
	return { items, lineOf: (item, path) => read.lineOf([indexes[item]!, ...path]) };
}

/** `path:line` of the item with this id (its first, if repeated). */
function placeOf(path: string, file: ReadFile<{ id: string }>, id: string): string {
	const index = file.items.findIndex((item) => item.id === id);
	return index < 0 ? path : place(path, file.lineOf(index, []));
}

/** Reports ids that appear twice in one file. */
function checkUniqueIds(path: string, file: ReadFile<{ id: string }>, problems: string[]): void {
	const firstAt = new Map<string, number>();
	file.items.forEach((item, index) => {
		const first = firstAt.get(item.id);
		if (first === undefined) firstAt.set(item.id, index);
		else {
			const firstLine = file.lineOf(first, []);
			problems.push(`${place(path, file.lineOf(index, []))}: entry "${item.id}": the id is used twice (${firstLine ? `first on line ${firstLine}` : 'earlier in the file'}); give each concept its own id`);
		}
	});
}

/** Canonical terms must be unique, and no alternative may be a canonical term or listed twice. */
function checkTerms(path: string, tag: string, file: ReadFile<LocaleEntry>, problems: string[]): void {
	const entries = file.items;
	const at = (id: string) => placeOf(path, file, id);
	const canonical = new Map<string, string>();
	for (const entry of entries) {
		const key = foldCase(entry.term, tag);
		const other = canonical.get(key);
		if (other) problems.push(`${at(entry.id)}: entry "${entry.id}": term "${entry.term}" is already the term of entry "${other}"`);
		else canonical.set(key, entry.id);
	}
	const alternativeOf = new Map<string, string>();
	for (const entry of entries) {
		for (const alternative of entry.alternatives) {
			const key = foldCase(alternative, tag);
			const owner = canonical.get(key);
			if (owner === entry.id) problems.push(`${at(entry.id)}: entry "${entry.id}": alternative "${alternative}" is the entry's own term`);
			else if (owner) problems.push(`${at(entry.id)}: entry "${entry.id}": alternative "${alternative}" is the canonical term of entry "${owner}"`);
			const listedBy = alternativeOf.get(key);
			if (listedBy) problems.push(`${at(entry.id)}: entry "${entry.id}": alternative "${alternative}" is also listed by entry "${listedBy}"`);
			else alternativeOf.set(key, entry.id);
		}
	}
	checkAlternativesSpareTerms(path, tag, file, problems);
}

/**
 * An alternative found inside a canonical term (with the lint's own
 * matching, suffixes included: "çoklu görev öğrenme" in "çoklu görev
 * öğrenmesi") would make `lint:terms` flag the canonical term itself.
 */
function checkAlternativesSpareTerms(path: string, tag: string, file: ReadFile<LocaleEntry>, problems: string[]): void {
	const entries = file.items;
	const phrases = entries.flatMap((entry) => entry.alternatives.map((text) => ({ text, value: { id: entry.id, text } })));
	const finder = phraseFinder(phrases, tag);
	for (const entry of entries) {
		for (const match of finder.find(entry.term)) {
			if (foldCase(match.value.text, tag) === foldCase(entry.term, tag)) continue;
			problems.push(`${placeOf(path, file, match.value.id)}: entry "${match.value.id}": alternative "${match.value.text}" matches inside the term "${entry.term}" of entry "${entry.id}", so lint:terms would flag the canonical term`);
		}
	}
}

/**
 * Reads and checks the glossary's files. Throws a GlossaryError listing
 * every problem: bad YAML or fields, duplicate ids, unknown ids or lessons,
 * a missing source-locale entry, clashing terms. Each mistake is reported
 * once: an entry left out for a bad field does not make other files' entries
 * with its id "unknown" or "missing".
 */
export function parseGlossary(files: readonly GlossaryFile[], options: ParseOptions): Glossary {
	const problems: string[] = [];
	const tags = Object.fromEntries(options.siteLocales.map((code) => [code, options.tags?.[code] ?? code]));
	const conceptsFile = files.find((file) => fileName(file.path) === conceptsFileName);
	if (!conceptsFile) throw new GlossaryError([`content/glossary/${conceptsFileName}: missing (it lists the concepts and their lessons); create it with one "- id: …" item per concept`]);
	const skipped = skippedIds();
	const conceptFile = readItems(conceptsFile, conceptSchema, problems, skipped, true);
	const concepts = conceptFile?.items ?? [];
	const conceptsRejected = skipped.size + skipped.anonymous;
	if (conceptFile) checkUniqueIds(conceptsFile.path, conceptFile, problems);
	concepts.forEach((concept, item) => {
		concept.lessons.forEach((lesson, position) => {
			if (!options.lessonExists(lesson)) {
				problems.push(`${place(conceptsFile.path, conceptFile!.lineOf(item, ['lessons', position]))}: entry "${concept.id}": lesson "${lesson}" does not exist (no content/<locale>/${lesson}.md, .mdx or ${lesson}/index.md(x)); write a lesson as its path under content/<locale>/ without extension`);
			}
		});
	});
	const known = new Set(concepts.map((concept) => concept.id));
	const entries = new Map<string, Map<string, LocaleEntry>>();
	const unreadable = new Set<string>();
	let sourceAnonymous = 0;
	const fileOfLocale = new Map<string, string>();
	for (const file of files) {
		const name = fileName(file.path);
		if (name === conceptsFileName) continue;
		const locale = name.replace(/\.ya?ml$/, '');
		if (!options.siteLocales.includes(locale)) {
			problems.push(`${file.path}: locale "${locale}" is not one of the site's locales (${options.siteLocales.join(', ')}); add it to src/lib/locales.ts or rename the file`);
			continue;
		}
		const earlier = fileOfLocale.get(locale);
		if (earlier) {
			problems.push(`${file.path}: ${earlier} holds the ${locale} entries already; one of the two would be ignored, so merge them into one file`);
			continue;
		}
		fileOfLocale.set(locale, file.path);
		const localeSkipped = skippedIds();
		const read = readItems(file, localeEntrySchema, problems, localeSkipped, locale === options.sourceLocale);
		if (!read) {
			unreadable.add(locale);
			continue;
		}
		if (locale === options.sourceLocale) {
			for (const id of localeSkipped) skipped.add(id);
			sourceAnonymous = localeSkipped.anonymous;
		}
		checkUniqueIds(file.path, read, problems);
		for (const item of read.items) {
			// While terms.yaml has an item it cannot read (a mistyped id, say), other files' ids cannot be judged against it.
			if (!known.has(item.id) && !skipped.has(item.id) && conceptFile && conceptsRejected === 0) problems.push(`${placeOf(file.path, read, item.id)}: entry "${item.id}": unknown id; add it to ${conceptsFile.path} first`);
		}
		checkTerms(file.path, tags[locale]!, read, problems);
		entries.set(locale, new Map(read.items.map((item) => [item.id, item])));
	}
	const source = entries.get(options.sourceLocale);
	// An unreadable source file has its problems listed already; reporting every entry as missing would bury them.
	if (!source && !unreadable.has(options.sourceLocale)) {
		problems.push(`content/glossary/${options.sourceLocale}.yaml: missing (the source locale's file is what other locales fall back to); create it with an entry for every concept`);
	}
	// An item of the source file without a readable id (`- ID: …`) is reported already; which concept it meant is unknown.
	for (const concept of source && sourceAnonymous === 0 ? concepts : []) {
		if (!source?.has(concept.id) && !skipped.has(concept.id)) {
			problems.push(`content/glossary/${options.sourceLocale}.yaml: entry "${concept.id}": missing; the concept is listed at ${placeOf(conceptsFile.path, conceptFile!, concept.id)}, and every concept needs an entry in ${options.sourceLocale}.yaml (term and definition) for other languages to fall back on`);
		}
	}
	if (problems.length > 0) throw new GlossaryError(problems);
	const locales = [options.sourceLocale, ...[...entries.keys()].filter((locale) => locale !== options.sourceLocale).sort()];
	return { sourceLocale: options.sourceLocale, locales, tags, concepts, entries };
}

/**
 * UI strings live in `src/i18n/<locale>/<area>.json`, one flat object of
 * dotted keys per file, so each feature keeps its own strings and a
 * translator can work area by area. This reads and checks those files and
 * merges one locale's into the single resource object Starlight and
 * i18next expect.
 */
import type { Problem } from './content/problems.ts';
import { lineFinder, normaliseText } from './content/text.ts';

export interface ResourceFile {
	/** Path shown in error messages. */
	path: string;
	data: unknown;
	/** The file's text, to give problems a line. */
	text?: string;
}

export class ResourceError extends Error {}

/** Parses one JSON file (a byte-order mark and CRLF line endings are fine); a syntax error is a problem at its line and column. */
export function parseResourceFile(path: string, raw: string): { file: ResourceFile } | { problem: Problem } {
	const text = normaliseText(raw);
	try {
		return { file: { path, data: JSON.parse(text), text } };
	} catch (error) {
		const message = (error as Error).message;
		const offset = /at position (\d+)/.exec(message)?.[1];
		const line = offset === undefined ? undefined : lineFinder(text)(Number(offset));
		const column = offset === undefined ? undefined : Number(offset) - text.lastIndexOf('\n', Number(offset) - 1);
		return {
			problem: {
				file: path,
				...(line ? { line } : {}),
				...(column ? { column } : {}),
				message: `not valid JSON: ${message.replace(/ in JSON at position \d+( \(line \d+ column \d+\))?/, '')}`,
				fix: 'every key and text is in double quotes, pairs are separated by commas, and there is no comma after the last one',
			},
		};
	}
}

/** The line a key is written on in its file. */
function keyLine(file: ResourceFile, key: string): number | undefined {
	const offset = file.text?.indexOf(JSON.stringify(key)) ?? -1;
	return offset < 0 ? undefined : lineFinder(file.text!)(offset);
}

function keyProblem(file: ResourceFile, key: string, message: string, fix: string): Problem {
	const line = keyLine(file, key);
	return { file: file.path, ...(line ? { line } : {}), at: `key "${key}"`, message, fix };
}

/** A key written as a property of the top-level object (`{` or `,` before it), with its offset. */
const propertyKey = /[{,]\s*("(?:[^"\\]|\\.)*")\s*:/g;

/** Keys written twice in one file: JSON.parse keeps the last text, so the first is lost without a word. */
function repeatedKeys(file: ResourceFile): Problem[] {
	if (!file.text) return [];
	const lineOf = lineFinder(file.text);
	const firstLine = new Map<string, number>();
	const problems: Problem[] = [];
	for (const match of file.text.matchAll(propertyKey)) {
		const key = JSON.parse(match[1]!) as string;
		const line = lineOf(match.index + match[0].indexOf('"'));
		const first = firstLine.get(key);
		if (first === undefined) firstLine.set(key, line);
		else problems.push({ file: file.path, line, at: `key "${key}"`, message: `the key is written twice in this file (first on line ${first}); only this text would be used`, fix: 'keep one of the two' });
	}
	return problems;
}

/** Every problem in one locale's files: not an object, a value that is not text or is empty, a key written twice in a file or defined in two files. */
export function resourceProblems(files: readonly ResourceFile[]): Problem[] {
	const problems: Problem[] = [];
	const origin = new Map<string, string>();
	for (const file of files) {
		if (typeof file.data !== 'object' || file.data === null || Array.isArray(file.data)) {
			problems.push({ file: file.path, line: 1, message: 'expected an object of "key": "text" pairs', fix: 'write the file as { "area.key": "Text", … }' });
			continue;
		}
		problems.push(...repeatedKeys(file));
		for (const [key, value] of Object.entries(file.data)) {
			if (typeof value !== 'string') problems.push(keyProblem(file, key, `the value is ${Array.isArray(value) ? 'a list' : typeof value}, not text`, 'write the text in double quotes'));
			// i18next would show an empty text as it is (an empty button label) instead of falling back to the source locale.
			else if (value.trim() === '') problems.push(keyProblem(file, key, 'the text is empty', 'write the text, or delete the key so the source locale\'s text is shown until it is translated'));
			const first = origin.get(key);
			if (first) problems.push(keyProblem(file, key, `the key is already defined in ${first}`, 'keep the key in one file of the locale'));
			else origin.set(key, file.path);
		}
	}
	return problems;
}

/** i18next plural suffixes: `count_one` and `count_other` are forms of one string. */
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const placeholders = (text: string) => new Set([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1]!));

/**
 * A translation may only use the `{{placeholders}}` the source string fills
 * in: any other stays on the page as written.
 */
export function placeholderProblems(source: Readonly<Record<string, string>>, files: readonly ResourceFile[]): Problem[] {
	const given = new Map<string, Set<string>>();
	for (const [key, text] of Object.entries(source)) {
		const base = key.replace(pluralSuffix, '');
		given.set(base, new Set([...(given.get(base) ?? []), ...placeholders(text)]));
	}
	return files.flatMap((file) =>
		Object.entries((file.data ?? {}) as Record<string, unknown>).flatMap(([key, text]) => {
			const allowed = given.get(key.replace(pluralSuffix, ''));
			if (typeof text !== 'string' || !allowed) return [];
			const unknown = [...placeholders(text)].filter((name) => !allowed.has(name));
			if (unknown.length === 0) return [];
			const names = [...allowed].map((name) => `{{${name}}}`).join(', ') || 'none';
			return [keyProblem(file, key, `the text uses ${unknown.map((name) => `{{${name}}}`).join(', ')}, which the source string does not fill in`, `use only the placeholders of the source string (${names}), spelled as there`)];
		}),
	);
}

/** Merges one locale's files; throws naming the file and key of the first problem. */
export function mergeResources(files: readonly ResourceFile[]): Record<string, string> {
	const [first] = resourceProblems(files);
	if (first) throw new ResourceError(`${first.file}: ${first.at ? `${first.at}: ` : ''}${first.message}`);
	return Object.assign({}, ...files.map((file) => file.data as Record<string, string>));
}

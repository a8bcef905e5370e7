/**
 * The one index of the site's lessons: every page under `content/<locale>/`
 * with its id, title, heading ids and links, built once from the files and
 * used by every check, page and tool (link check, decks, glossary,
 * translation status, lint:terms, sidebar). Building it checks what each
 * lesson must satisfy on its own and across locales; each mistake is one
 * Problem naming the file and line.
 */
import { sourceHash } from '../i18n-status/source-hash.ts';
import { ignoredLabSettings, LAB_LESSON_ID, LAB_QUERY_NAMES } from '../lab/query.ts';
import { resolveLessonLink } from '../lesson-links.ts';
import { normalisePath } from '../normalise-path.ts';
import { readFrontmatter } from './frontmatter.ts';
import { duplicateHeadingProblems, lessonHeadings, type Heading } from './headings.ts';
import { scanLessonBody, type LessonLink } from './lesson-body.ts';
import { missingFileProblem, nearestAnchor } from './link-suggestions.ts';
import { relativeLink } from './relative-link.ts';
import { classifyContentFile } from './lesson-path.ts';
import type { Problem } from './problems.ts';

/** A file of the project: path from the project root with `/`, text normalised (text.ts). */
export interface SourceFile {
	path: string;
	text: string;
}

/** A frontmatter field the schema rejects: its path in the frontmatter and what is wrong. */
export interface FieldIssue {
	path: readonly PropertyKey[];
	message: string;
	fix?: string;
	/** For an unknown field: the known field it most likely misspells. */
	meant?: readonly PropertyKey[];
}

export interface LessonEntry {
	file: string;
	locale: string;
	/** See lesson-path.ts: `strategies/introduction`, `regularization`, `` for the home page. */
	id: string;
	title: string;
	/** Frontmatter `deck:`: the trainer deck that drills the lesson. */
	deck?: string;
	/** The line of `deck:`, to point at it when no such deck exists. */
	deckLine?: number;
	/** Frontmatter `sidebar.order`. */
	order?: number;
	/** The line of `sidebar.order`, to point at it when another lesson has the same. */
	orderLine?: number;
	/** Frontmatter `draft: true`: the page is left out of the built site. */
	draft?: true;
	draftLine?: number;
	/** Frontmatter `sourceHash:` of a translation. */
	recordedHash?: string;
	/** The hash a translation of this file records (i18n-status/source-hash.ts). */
	hash: string;
	headings: Heading[];
	/** Every anchor of the page (headings, exercises, the top), when all are known: links into it are checked against them. */
	anchors?: ReadonlySet<string>;
	links: LessonLink[];
}

export interface LessonIndex {
	/** Locale codes, source first. */
	locales: string[];
	lessons: LessonEntry[];
	/** Lessons a translation lacks: their page shows the source text with a notice. */
	untranslated: { locale: string; id: string; file: string }[];
	problems: Problem[];
	/** Other files under `content/<locale>/` the index leaves to their own readers (chapter labels). */
	chapterLabels: SourceFile[];
	/** Links between lessons, written as file paths, that lead to a draft: the linking file and the draft's. */
	linksToDrafts: { from: string; draft: string }[];
}

export interface IndexOptions {
	locales: readonly string[];
	/** The docs schema's verdict on a lesson's frontmatter (Starlight's schema plus the site's fields). */
	checkFrontmatter?: (data: unknown) => FieldIssue[];
}

/** The lesson `id` of `locale`, if there is one. */
export function findLesson(index: Pick<LessonIndex, 'lessons'>, locale: string, id: string): LessonEntry | undefined {
	return index.lessons.find((lesson) => lesson.locale === locale && lesson.id === id);
}

/** Lessons by locale, then id, for many look-ups. */
export function lessonsByLocale(index: Pick<LessonIndex, 'lessons'>): Map<string, Map<string, LessonEntry>> {
	const byLocale = new Map<string, Map<string, LessonEntry>>();
	for (const lesson of index.lessons) {
		const ids = byLocale.get(lesson.locale) ?? new Map<string, LessonEntry>();
		ids.set(lesson.id, lesson);
		byLocale.set(lesson.locale, ids);
	}
	return byLocale;
}

const fieldName = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** A formula as the author wrote it, shortened when long: the message names it, the line finds it. */
function shownFormula(formula: string): string {
	const text = formula.trim().replace(/\s+/g, ' ');
	return `$${text.length > 60 ? `${text.slice(0, 57)}…` : text}$`;
}

/** KaTeX's commonest messages, said for an author who does not know its parser. */
function katexInWords(message: string): string {
	const undefinedCommand = /^Undefined control sequence: (.+)$/.exec(message);
	if (undefinedCommand) return `${undefinedCommand[1]} is not a command KaTeX knows`;
	if (/^Unexpected end of input in a macro argument, expected '\}'/.test(message)) return 'a { is not closed before the formula ends';
	if (/^Expected 'EOF', got '\}'/.test(message)) return 'a } closes no {';
	return message;
}

interface Read {
	entry: LessonEntry;
	problems: Problem[];
	body?: { text: string; format: 'md' | 'mdx'; line: number };
}

function readLesson(file: SourceFile, locale: string, id: string, options: IndexOptions): Read {
	const problems: Problem[] = [];
	const frontmatter = readFrontmatter(file.text);
	if (!frontmatter.ok) problems.push({ file: file.path, line: frontmatter.line, message: frontmatter.message, ...(frontmatter.fix ? { fix: frontmatter.fix } : {}) });
	// Without readable frontmatter the lesson still gets an entry, so the other checks and tools see every file.
	const { body, bodyLine } = frontmatter.ok ? frontmatter : { body: file.text, bodyLine: 1 };
	const lineOf = (path: readonly PropertyKey[]) => (frontmatter.ok ? frontmatter.yaml.lineOf(path) : 1);
	const data = ((frontmatter.ok ? frontmatter.yaml.data : undefined) ?? {}) as Record<string, unknown>;
	const title = typeof data['title'] === 'string' ? data['title'].trim() : '';
	const untitled = data['title'] === undefined || data['title'] === null || (typeof data['title'] === 'string' && !title);
	const issues = frontmatter.ok ? (options.checkFrontmatter?.(data) ?? []) : [];
	// A misspelt "titel:" is one mistake: its own problem says what it meant.
	const titleMisspelt = issues.some((issue) => issue.meant?.join('.') === 'title');
	if (frontmatter.ok && untitled && !titleMisspelt) problems.push({ file: file.path, line: lineOf(['title']), message: 'the lesson has no title', fix: 'add a line "title: …" to its frontmatter (the block between the --- lines at the top)' });
	if (data['slug'] !== undefined) {
		problems.push({ file: file.path, line: lineOf(['slug']), message: 'a lesson\'s address is its file path; "slug:" would give it another one that links, decks and translations do not know', fix: 'remove "slug:" and rename the file instead' });
	}
	for (const { path, written, why } of frontmatter.ok ? frontmatter.impossibleDates : []) {
		problems.push({ file: file.path, line: lineOf(path), at: `field "${fieldName(path)}"`, message: `${written} is not a date: ${why}, and the page would show the date it rolls over to`, fix: 'write a real date as YYYY-MM-DD, e.g. 2026-01-02' });
	}
	for (const issue of issues) {
		if (issue.path[0] === 'title' && untitled) continue;
		problems.push({ file: file.path, line: lineOf(issue.path), at: `field "${fieldName(issue.path)}"`, message: issue.message, ...(issue.fix ? { fix: issue.fix } : {}) });
	}
	const headings = lessonHeadings(body, bodyLine);
	problems.push(...duplicateHeadingProblems(file.path, headings));
	const format = /\.mdx$/i.test(file.path) ? 'mdx' : 'md';
	const scan = scanLessonBody(body, format, bodyLine);
	if (scan.syntaxError) {
		const { line, column, message } = scan.syntaxError;
		problems.push({ file: file.path, line, column, message: `MDX cannot read this: ${message}`, fix: 'every <Tag> needs its </Tag> (or is written <Tag />), and a < or { meant as text is written \\< or \\{' });
	}
	for (const { line, at, message, fix } of scan.elementProblems ?? []) problems.push({ file: file.path, line, ...(at ? { at } : {}), message, fix });
	for (const { line, formula, message } of scan.formulaProblems ?? []) problems.push({ file: file.path, line, message: `KaTeX cannot render the formula ${shownFormula(formula)}: ${katexInWords(message)}`, fix: 'check the command\'s spelling (KaTeX\'s commands are listed at https://katex.org/docs/supported), its braces { } and the $ delimiters; a literal dollar sign is written \\$' });
	const order = (data['sidebar'] as { order?: unknown } | undefined)?.order;
	const recordedHash = typeof data['sourceHash'] === 'string' ? data['sourceHash'] : undefined;
	const entry: LessonEntry = {
		file: file.path,
		locale,
		id,
		title: title || id,
		...(typeof data['deck'] === 'string' ? { deck: data['deck'], deckLine: lineOf(['deck']) } : {}),
		...(typeof order === 'number' ? { order, orderLine: lineOf(['sidebar', 'order']) } : {}),
		...(data['draft'] === true ? { draft: true as const, draftLine: lineOf(['draft']) } : {}),
		...(recordedHash ? { recordedHash } : {}),
		hash: sourceHash(file.text),
		headings,
		...(scan.componentAnchors ? { anchors: new Set(['_top', ...headings.map((heading) => heading.id), ...scan.componentAnchors]) } : {}),
		links: scan.links,
	};
	return { entry, problems, ...(scan.quick ? { body: { text: body, format, line: bodyLine } } : {}) };
}

/** A translated lesson English does not have: its page would have no English original and the language switch would lead nowhere. */
function orphanProblem(lesson: LessonEntry, sourceLocale: string, renamedTo: LessonEntry | undefined): Problem {
	const fix = renamedTo
		? `it translates ${renamedTo.file} (its sourceHash matches), which was renamed: rename this file to content/${lesson.locale}/${renamedTo.file.slice(`content/${sourceLocale}/`.length)}`
		: `add the ${sourceLocale} lesson content/${sourceLocale}/${lesson.file.slice(`content/${lesson.locale}/`.length)}, or rename or delete this file to match a ${sourceLocale} lesson`;
	return { file: lesson.file, line: 1, message: `there is no ${sourceLocale} lesson "${lesson.id}": every lesson is written in ${sourceLocale} first, and translations keep its file name`, fix };
}

/** Builds the index of every lesson in `files` (everything under `content/`) and checks it. */
export function buildLessonIndex(files: readonly SourceFile[], options: IndexOptions): LessonIndex {
	const [sourceLocale = 'en'] = options.locales;
	const problems: Problem[] = [];
	const lessons: LessonEntry[] = [];
	const chapterLabels: SourceFile[] = [];
	const quickBodies = new Map<string, NonNullable<Read['body']>>();
	for (const file of files) {
		const kind = classifyContentFile(file.path.replace(/^content\//, ''), options.locales);
		// A folder's wrong name is one mistake, however many files it holds.
		if (kind.kind === 'misplaced' && !(kind.folder && problems.some((problem) => problem.file === kind.folder))) problems.push({ file: kind.folder ?? file.path, message: kind.message, fix: kind.fix });
		if (kind.kind === 'chapter-label') chapterLabels.push(file);
		if (kind.kind !== 'lesson') continue;
		if (kind.extensionCase) problems.push({ file: file.path, ...kind.extensionCase });
		const read = readLesson(file, kind.locale, kind.id, options);
		problems.push(...read.problems);
		lessons.push(read.entry);
		if (read.body) quickBodies.set(file.path, read.body);
	}
	const rank = (locale: string) => options.locales.indexOf(locale);
	lessons.sort((a, b) => rank(a.locale) - rank(b.locale) || (a.file < b.file ? -1 : 1));
	const byLocale = lessonsByLocale({ lessons });
	const source = byLocale.get(sourceLocale) ?? new Map<string, LessonEntry>();

	const untranslated: LessonIndex['untranslated'] = [];
	for (const locale of options.locales.slice(1)) {
		const own = byLocale.get(locale) ?? new Map<string, LessonEntry>();
		const missing = [...source.values()].filter((lesson) => !own.has(lesson.id));
		for (const lesson of missing) untranslated.push({ locale, id: lesson.id, file: `content/${locale}/${lesson.file.slice(`content/${sourceLocale}/`.length)}` });
		for (const lesson of own.values()) {
			if (source.has(lesson.id)) continue;
			const renamedTo = lesson.recordedHash ? missing.find((candidate) => candidate.hash === lesson.recordedHash) : undefined;
			problems.push(orphanProblem(lesson, sourceLocale, renamedTo));
		}
	}

	problems.push(...brokenLinks(lessons, options.locales, quickBodies));
	return { locales: [...options.locales], lessons, untranslated, problems, chapterLabels, linksToDrafts: linksToDrafts(lessons, quickBodies) };
}

/**
 * A root-relative link to a page of a locale (`/en/practice/lab/`) leads to
 * a lesson's page: every locale has a page for each source lesson. The id
 * the link asks for when no lesson has it; undefined for a page that exists
 * and for links this cannot judge (files such as `decks.json`, other roots).
 */
function missingSitePage(url: string, locales: readonly string[], sourceIds: ReadonlySet<string>): string | undefined {
	const match = /^\/([^/?#]+)(?:\/([^?#]*))?/.exec(url);
	if (!match || !locales.includes(match[1]!)) return undefined;
	const rest = match[2] ?? '';
	if (/\.[^/]*$/.test(rest)) return undefined;
	const id = rest.replace(/\/+$/, '');
	return sourceIds.has(id) ? undefined : id;
}

/**
 * A root-relative link from a lesson of `locale` into a page of another
 * locale, other than that locale's home page (how a page offers its other
 * languages): the locale and the rest of the path; undefined otherwise.
 */
function otherLocalePage(url: string, locale: string, locales: readonly string[]): { locale: string; rest: string } | undefined {
	const match = /^\/([^/?#]+)\/([^#]*)/.exec(url);
	const [, linked = '', rest = ''] = match ?? [];
	if (linked === locale || !locales.includes(linked) || rest.replace(/^\?.*/, '') === '') return undefined;
	return { locale: linked, rest };
}

/**
 * A root-relative link to the lab page whose query sets what the lab cannot
 * use (`variant=violatd`): the lab would open with its default there, the
 * opposite of what the lesson says, without a word. The message and fix.
 */
function labQueryProblem(url: string, locales: readonly string[]): { message: string; fix: string } | undefined {
	const match = /^\/([^/?#]+)\/([^?#]*)\?([^#]*)/.exec(url);
	if (!match || !locales.includes(match[1]!) || match[2]!.replace(/\/+$/, '') !== LAB_LESSON_ID) return undefined;
	const ignored = ignoredLabSettings(match[3]!);
	if (ignored.length === 0) return undefined;
	const known = (name: string) => (LAB_QUERY_NAMES as readonly string[]).includes(name);
	const shown = ignored.map(({ name, value }) => (known(name) ? `${name}=${value}` : `"${name}"`));
	const takes = [...new Set(ignored.map(({ name, allowed }) => (known(name) ? `${name} takes ${allowed}` : `the lab's settings are ${allowed.replace(/^one of /, '')}`)))];
	return {
		message: `the link "${url}" asks the lab for what it does not have (${shown.join(', ')}), so the lab would open with its default there`,
		fix: `${takes.join('; ')} (src/lib/lab/query.ts)`,
	};
}

/** The file a link written as a path relative to `from` leads to (its anchor left out); undefined when it leaves the root. */
function linkedPath(from: string, url: string): string | undefined {
	return normalisePath(`${from.slice(0, from.lastIndexOf('/'))}/${decodeURI(url.split('#')[0]!)}`);
}

/**
 * A link written as a file path that leads into another locale's folder
 * (`../../tr/strategies/introduction.mdx` in an English lesson), as a
 * root-relative `/tr/…` link would: the locale, and the link to the same
 * lesson in this lesson's locale.
 */
function otherLocaleFile(from: string, url: string, locale: string, locales: readonly string[]): { locale: string; own: string } | undefined {
	const path = linkedPath(from, url);
	const linked = path?.split('/')[0] ?? '';
	if (path === undefined || linked === locale || !locales.includes(linked)) return undefined;
	const anchor = url.includes('#') ? url.slice(url.indexOf('#')) : '';
	return { locale: linked, own: `${relativeLink(from, `${locale}${path.slice(linked.length)}`)}${anchor}` };
}

/** The lesson a link leads to: the same locale's file, or the source locale's that the site shows until one exists. */
function linkTarget(from: string, url: string, byFile: ReadonlyMap<string, LessonEntry>, sourceLocale: string): LessonEntry | undefined {
	const path = linkedPath(from, url);
	if (path === undefined) return undefined;
	return byFile.get(path) ?? byFile.get(path.replace(/^[^/]+\//, `${sourceLocale}/`));
}

/**
 * Links between lessons, written as file paths, must lead to a lesson: in
 * the same locale, or in the source locale, whose page the site shows
 * until a translation exists. Root-relative links to the site's pages must
 * lead to one.
 */
function brokenLinks(lessons: readonly LessonEntry[], locales: readonly string[], quickBodies: ReadonlyMap<string, NonNullable<Read['body']>>): Problem[] {
	const [sourceLocale = 'en'] = locales;
	// A lesson saved as `notes.MD` is reported once, as a file to rename: links to `notes.md` are taken to lead to it.
	const linkedAs = (lesson: LessonEntry) => lesson.file.slice('content/'.length).replace(/\.mdx?$/i, (extension) => extension.toLowerCase());
	const files = new Set(lessons.map(linkedAs));
	const sourceIds = new Set(lessons.filter((lesson) => lesson.locale === sourceLocale).map((lesson) => lesson.id));
	const exists = (file: string) => files.has(file);
	const byFile = new Map(lessons.map((lesson) => [linkedAs(lesson), lesson]));
	const problems: Problem[] = [];
	for (const lesson of lessons) {
		const from = lesson.file.slice('content/'.length);
		const broken = (links: readonly LessonLink[]) =>
			links.flatMap((link) => {
				if (link.url.startsWith('/')) {
					const elsewhere = otherLocalePage(link.url, lesson.locale, locales);
					if (elsewhere) return [{ link, message: `the link "${link.url}" takes a reader of ${lesson.locale} to a page of ${elsewhere.locale}`, fix: `link to /${lesson.locale}/${elsewhere.rest} (the site shows the ${sourceLocale} page there, with a notice, until it is translated); to offer the other language, link to its home page (/${elsewhere.locale}/)` }];
					const id = missingSitePage(link.url, locales, sourceIds);
					const unusable = id === undefined ? labQueryProblem(link.url, locales) : undefined;
					if (unusable) return [{ link, ...unusable }];
					return id === undefined ? [] : [{ link, message: `the link "${link.url}" leads to no page: there is no lesson "${id}" in content/${sourceLocale}/`, fix: `link to a page that exists (e.g. /${lesson.locale}/practice/lab/), or to a lesson by its file path relative to this file (e.g. ../regularization/index.mdx#dropout)` }];
				}
				const resolved = resolveLessonLink(from, link.url, '/', exists, sourceLocale);
				const elsewhere = resolved.kind === 'other' ? undefined : otherLocaleFile(from, link.url, lesson.locale, locales);
				if (elsewhere) return [{ link, message: `the link "${link.url}" takes a reader of ${lesson.locale} to a page of ${elsewhere.locale}`, fix: `link to ${elsewhere.own}, the lesson in content/${lesson.locale}/ (the site shows the ${sourceLocale} page there, with a notice, until it is translated); to offer the other language, link to its home page (/${elsewhere.locale}/)` }];
				if (resolved.kind === 'missing') return [missingFileProblem(link, resolved.target, from, files, sourceLocale)];
				const target = resolved.kind === 'lesson' ? linkTarget(from, link.url, byFile, sourceLocale) : undefined;
				const anchor = decodeURIComponent(link.url.split('#')[1] ?? '');
				if (!target?.anchors || !anchor || target.anchors.has(anchor)) return [];
				const meant = nearestAnchor(anchor, target.anchors);
				return [{ link, message: `the link "${link.url}" points to no heading of ${target.file}: none has the id "${anchor}"${meant ? `; did you mean "${meant}"?` : ''}`, fix: meant ? `write #${meant}` : `link to one of its heading ids (## Title {#id}), or leave the anchor out` }];
			});
		for (const { link, message, fix } of confirmed(lesson, quickBodies, broken)) problems.push({ file: lesson.file, line: link.line, message, fix });
	}
	return problems;
}

/**
 * What `judge` finds in a lesson's links. The quick scan also lists links
 * in code blocks and spans, so where it gave the links and `judge` finds
 * something, the body is parsed and judged again before anything is blamed.
 */
function confirmed<T>(lesson: LessonEntry, quickBodies: ReadonlyMap<string, NonNullable<Read['body']>>, judge: (links: readonly LessonLink[]) => T[]): T[] {
	const found = judge(lesson.links);
	const body = quickBodies.get(lesson.file);
	return found.length > 0 && body ? judge(scanLessonBody(body.text, body.format, body.line, true).links) : found;
}

/** Links between published lessons, as file paths, that lead to a draft (which the built site leaves out). */
function linksToDrafts(lessons: readonly LessonEntry[], quickBodies: ReadonlyMap<string, NonNullable<Read['body']>>): LessonIndex['linksToDrafts'] {
	const drafts = new Set(lessons.filter((lesson) => lesson.draft).map((lesson) => lesson.file));
	if (drafts.size === 0) return [];
	return lessons.flatMap((lesson) => {
		if (lesson.draft) return [];
		const draftsLinked = (links: readonly LessonLink[]) =>
			links.flatMap((link) => {
				if (/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(link.url)) return [];
				const target = linkedPath(lesson.file, link.url);
				return target !== undefined && drafts.has(target) ? [target] : [];
			});
		return [...new Set(confirmed(lesson, quickBodies, draftsLinked))].map((draft) => ({ from: lesson.file, draft }));
	});
}

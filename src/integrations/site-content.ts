/**
 * Everything the site is built from, read and checked in one place: the
 * locale list, the interface strings, the lesson index and chapters, the
 * glossary and the decks. The config reads it before Astro starts (and
 * stops the build on any problem, see report-problems.ts); the content
 * collections' loaders and the command-line tools read the same result.
 * Checks run in dependency order, and a part whose input already has a
 * problem is not checked again, so one mistake is reported once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readChapters, type Chapters } from '../lib/content/chapters.ts';
import { buildLessonIndex, lessonsByLocale, type LessonEntry, type LessonIndex } from '../lib/content/lesson-index.ts';
import { localesFile, checkLocales } from '../lib/content/locale-check.ts';
import { differingTranslatedFields } from '../lib/content/translated-fields.ts';
import { draftReferences, type LessonReferences } from '../lib/content/draft-references.ts';
import { problemFromLine, type Problem } from '../lib/content/problems.ts';
import type { MissingText } from '../lib/decks/build-deck.ts';
import type { Deck } from '../lib/decks/types.ts';
import { conceptsFileName, GlossaryError, parseGlossary, type Glossary } from '../lib/glossary/parse.ts';
import { mergeResources, placeholderProblems, resourceProblems } from '../lib/i18n-resources.ts';
import { locales as siteLocales, type SiteLocale } from '../lib/locales.ts';
import { quizzesDir, readDecks } from './decks.ts';
import { glossaryDir, readGlossaryFiles } from './glossary-data.ts';
import { readLocaleFiles } from './i18n-loader.ts';
import { checkFrontmatter, imageProblems, missingImports, readContentFiles } from './lesson-files.ts';
import { memoByFiles } from './memo-by-files.ts';

export interface SiteContent {
	locales: readonly SiteLocale[];
	index: LessonIndex;
	chapters: Chapters;
	/** Undefined when the glossary has problems. */
	glossary: Glossary | undefined;
	decks: Deck[];
	/** Deck texts a locale lacks (shown in the source language). */
	missingDeckTexts: MissingText[];
	/** Each locale's interface strings, merged. */
	strings: Map<string, Record<string, string>>;
	/** Mistakes: the build stops on any. */
	problems: Problem[];
	/** What a reader will see in the source language for lack of a translation. */
	warnings: string[];
}

const emptyIndex = (codes: string[]): LessonIndex => ({ locales: codes, lessons: [], untranslated: [], problems: [], chapterLabels: [], linksToDrafts: [] });

/** Locale folders under `src/i18n/` must belong to a site locale. */
function strayLocaleFolders(root: string, codes: readonly string[]): Problem[] {
	const dir = join(root, 'src/i18n');
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && !codes.includes(entry.name))
		.map((entry) => ({ file: `src/i18n/${entry.name}/`, message: `"${entry.name}" is not one of the site's locales (${codes.join(', ')}), so these strings are never used`, fix: `add the locale to ${localesFile}, or rename the folder to its locale's code` }));
}

function readStrings(root: string, list: readonly SiteLocale[], problems: Problem[]): Map<string, Record<string, string>> {
	const strings = new Map<string, Record<string, string>>();
	let source: Record<string, string> | undefined;
	for (const locale of list) {
		const read = readLocaleFiles(root, locale.code);
		const found = [...read.problems, ...resourceProblems(read.files)];
		if (source && found.length === 0) found.push(...placeholderProblems(source, read.files));
		problems.push(...found);
		const merged = found.length === 0 ? mergeResources(read.files) : {};
		strings.set(locale.code, merged);
		source ??= merged;
	}
	return strings;
}

/** A lesson's `deck:` must name a deck folder: the lesson's link into the trainer would lead nowhere. */
function unknownDecks(root: string, index: LessonIndex): Problem[] {
	const misspelt = new Set(index.problems.filter((problem) => problem.at === 'field "deck"').map((problem) => problem.file));
	return index.lessons.flatMap((lesson) =>
		lesson.deck === undefined || misspelt.has(lesson.file) || existsSync(join(root, quizzesDir, lesson.deck))
			? []
			: [{ file: lesson.file, ...(lesson.deckLine ? { line: lesson.deckLine } : {}), at: 'field "deck"', message: `there is no deck "${lesson.deck}" (a folder ${quizzesDir}/${lesson.deck}/)`, fix: `name a deck folder of ${quizzesDir}/, or remove "deck:"` }],
	);
}

function readGlossary(root: string, list: readonly SiteLocale[], index: LessonIndex, problems: Problem[]): Glossary | undefined {
	const lessonIds = new Set(index.lessons.map((lesson) => lesson.id));
	try {
		return parseGlossary(readGlossaryFiles(root), {
			sourceLocale: list[0]!.code,
			siteLocales: list.map((locale) => locale.code),
			tags: Object.fromEntries(list.map((locale) => [locale.code, locale.lang])),
			lessonExists: (lesson) => lessonIds.has(lesson),
		});
	} catch (error) {
		if (!(error instanceof GlossaryError)) throw error;
		problems.push(...error.problems.map(problemFromLine));
		return undefined;
	}
}

/** What readers will see in the source language: every gap of a finished locale, a count for one in progress. */
/**
 * Explicit heading ids a translation has that its source lesson lacks: the
 * source's ids are what links, the language switch and the cards' sections
 * point to, so a renamed one is missed on the translated page.
 */
function strayHeadingIds(index: LessonIndex): string[] {
	const byLocale = lessonsByLocale(index);
	const source = byLocale.get(index.locales[0]!) ?? new Map<string, LessonEntry>();
	return index.lessons.flatMap((lesson) => {
		const original = lesson.locale === index.locales[0] ? undefined : source.get(lesson.id);
		if (!original) return [];
		const explicit = (entry: LessonEntry) => entry.headings.filter((heading) => heading.explicit);
		const own = new Set(explicit(lesson).map((heading) => heading.id));
		const theirs = new Set(original.headings.map((heading) => heading.id));
		const lacking = explicit(original).filter((heading) => !own.has(heading.id)).map((heading) => `#${heading.id}`);
		return explicit(lesson)
			.filter((heading) => !theirs.has(heading.id))
			.map((heading) => `${lesson.file}:${heading.line}: the heading id "${heading.id}" is not one of ${original.file}${lacking.length ? ` (which has ${lacking.join(', ')}, missing here)` : ''}: links, the language switch and the trainer's cards point to the source lesson's ids`);
	});
}

function translationWarnings(list: readonly SiteLocale[], index: LessonIndex, chapters: Chapters, missingDeckTexts: readonly MissingText[]): string[] {
	return [...strayHeadingIds(index), ...differingTranslatedFields(index, list.filter((locale) => locale.inProgress).map((locale) => locale.code)), ...list.slice(1).flatMap((locale) => {
		const lessons = index.untranslated.filter((gap) => gap.locale === locale.code);
		const labels = chapters.untranslated.filter((gap) => gap.locale === locale.code);
		const texts = missingDeckTexts.filter((gap) => gap.locale === locale.code);
		if (lessons.length + labels.length + texts.length === 0) return [];
		const source = list[0]!.code;
		if (locale.inProgress) {
			return [`${locale.code} (in progress): ${lessons.length} lesson(s), ${labels.length} chapter label(s) and ${texts.length} deck text(s) show in ${source}; npm run i18n:status lists them`];
		}
		return [
			...lessons.map((gap) => `${gap.file} does not exist: /${locale.code}/${gap.id ? `${gap.id}/` : ''} shows the ${source} lesson with a notice`),
			...labels.map((gap) => `${gap.file} does not exist: the sidebar names the chapter "${gap.chapter}" in ${source}`),
			...(texts.length ? [`${locale.code}: ${texts.length} deck text(s) show in ${source}; npm run i18n:status lists them`] : []),
		];
	})];
}

/** The lessons decks and the glossary point to, by id. */
function lessonReferences(decks: readonly Deck[], glossary: Glossary | undefined): LessonReferences {
	return {
		decks: decks.map((deck) => ({ file: `${quizzesDir}/${deck.id}/deck.yaml`, lessons: deck.cards.map((card) => card.lesson) })),
		...(glossary ? { glossary: { file: `${glossaryDir}/${conceptsFileName}`, lessons: glossary.concepts.flatMap((concept) => concept.lessons) } } : {}),
	};
}

/** Reads and checks the project at `root` built in the locales `list`. Never throws for a content mistake: it lists it. */
export function readSiteContent(root: string, list: readonly SiteLocale[] = siteLocales): SiteContent {
	const codes = list.map((locale) => locale.code);
	const localeProblems = checkLocales(list, existsSync(join(root, localesFile)) ? readFileSync(join(root, localesFile), 'utf8') : '');
	const nothing = { glossary: undefined, decks: [], missingDeckTexts: [], strings: new Map(), warnings: [] };
	if (localeProblems.length > 0) {
		// Every later check trusts the locale list: with a mistake in it, they would only report its consequences.
		const index = emptyIndex(codes);
		return { locales: list, index, chapters: readChapters(index), ...nothing, problems: localeProblems };
	}
	const problems: Problem[] = strayLocaleFolders(root, codes);
	const strings = readStrings(root, list, problems);
	const { files, problems: fileProblems } = readContentFiles(root);
	const index = buildLessonIndex(files, { locales: codes, checkFrontmatter });
	problems.push(...fileProblems, ...index.problems, ...imageProblems(root, index.lessons, files), ...missingImports(root, index.lessons, files));
	const chapters = readChapters(index);
	problems.push(...chapters.problems);
	const glossary = readGlossary(root, list, index, problems);
	const decks = readDecks(root, { index, glossary, locales: list, strings });
	problems.push(...decks.problems.map(problemFromLine), ...unknownDecks(root, index), ...draftReferences(index, lessonReferences(decks.decks, glossary)));
	return { ...nothing, locales: list, index, chapters, glossary, decks: decks.decks, missingDeckTexts: decks.missing, strings, problems, warnings: translationWarnings(list, index, chapters, decks.missing) };
}

/**
 * The content as read once per build: the config and each collection's
 * loader ask for it, and share one read while no file under these folders
 * changes (the dev server reads again after an edit).
 */
export const siteContent = memoByFiles('site-content', ['content', 'quizzes', 'src/i18n'], (root: string) => readSiteContent(root));

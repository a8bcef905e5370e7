/**
 * Build-time glue for the decks in `quizzes/`: reads every deck folder and
 * checks it against the lesson index and the glossary (site-content.ts
 * calls it; the trainer page reads the result from the `decks` collection).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDeck, type DeckFile, type DeckFolder, type MissingText } from '../lib/decks/build-deck.ts';
import type { LessonIndex as DeckLessons } from '../lib/decks/check-structure.ts';
import { problem } from '../lib/decks/issues.ts';
import type { Deck } from '../lib/decks/types.ts';
import { lessonsByLocale, type LessonEntry, type LessonIndex } from '../lib/content/lesson-index.ts';
import { normaliseText } from '../lib/content/text.ts';
import { readYamlFile } from '../lib/content/yaml-data.ts';
import { glossaryCards } from '../lib/glossary/cards.ts';
import type { Glossary } from '../lib/glossary/parse.ts';
import type { SiteLocale } from '../lib/locales.ts';

export const quizzesDir = 'quizzes';

export interface DeckReport {
	decks: Deck[];
	problems: string[];
	/** Texts that locales still lack and show in English. */
	missing: MissingText[];
}

/** The parsed file (readYamlFile), or undefined with a problem when it is not valid YAML. */
function readYaml(root: string, path: string, problems: string[]): DeckFile | undefined {
	const read = readYamlFile(path, normaliseText(readFileSync(join(root, path), 'utf8')));
	if (read.ok) return { path, data: read.data, lineOf: read.lineOf };
	problems.push(problem(read.place, undefined, '', read.message));
	return undefined;
}

/** The source locale's lessons with their heading ids, from the one lesson index. */
function deckLessons(index: LessonIndex): DeckLessons {
	const source = lessonsByLocale(index).get(index.locales[0]!) ?? new Map<string, LessonEntry>();
	return (lesson) => {
		const entry = source.get(lesson);
		return entry ? { file: entry.file, ids: new Set(entry.headings.map((heading) => heading.id)) } : undefined;
	};
}

/**
 * deck.yaml and the source locale's texts with nothing in them (a file just
 * created, or comments only) are one problem each, not a missing field per
 * card; a translation's file may be begun empty.
 */
function isEmptyRequired(read: DeckFile, name: string, sourceLocale: string, problems: string[]): boolean {
	if (read.data !== null && read.data !== undefined) return false;
	if (name === 'deck') {
		problems.push(problem(read.path, undefined, '', 'the file is empty; it gives the deck its id, its lesson and its cards (see quizzes/README.md)'));
		return true;
	}
	if (name !== sourceLocale) return false;
	problems.push(problem(read.path, undefined, '', `the file is empty; it holds the deck's title, description and every card's ${sourceLocale} text, which other languages fall back to (see quizzes/README.md)`));
	return true;
}

function deckFolders(root: string, sourceLocale: string, problems: string[]): DeckFolder[] {
	const dir = join(root, quizzesDir);
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort()
		.flatMap((name): DeckFolder[] => {
			const path = `${quizzesDir}/${name}`;
			const files = readdirSync(join(dir, name)).filter((f) => /\.ya?ml$/.test(f));
			const texts: Record<string, DeckFile> = {};
			// A deck with a file that is not YAML is skipped: its other problems would only be echoes of that one.
			let unreadable = false;
			for (const file of files.filter((f) => !/^deck\.ya?ml$/.test(f)).sort()) {
				const name = file.replace(/\.ya?ml$/, '');
				if (texts[name]) {
					problems.push(problem(`${path}/${file}`, undefined, '', `${texts[name].path} holds the ${name} texts already; one of the two would be ignored`));
					unreadable = true;
					continue;
				}
				const read = readYaml(root, `${path}/${file}`, problems);
				if (read && !isEmptyRequired(read, name, sourceLocale, problems)) texts[name] = read;
				else unreadable = true;
			}
			const [structureFile, secondStructure] = files.filter((f) => /^deck\.ya?ml$/.test(f)).sort();
			if (secondStructure) {
				problems.push(problem(`${path}/${secondStructure}`, undefined, '', `${path}/${structureFile} is the deck's file already; one of the two would be ignored`));
				return [];
			}
			if (!structureFile) problems.push(problem(`${path}/deck.yaml`, undefined, '', 'missing: every deck folder needs one (card ids, kinds, answers, lesson); see quizzes/README.md'));
			const structure = structureFile ? readYaml(root, `${path}/${structureFile}`, problems) : undefined;
			return structure && !isEmptyRequired(structure, 'deck', sourceLocale, problems) && !unreadable ? [{ path, structure, texts }] : [];
		});
}

/**
 * Reads and checks every deck; never throws for bad data, but lists it. A
 * glossary with problems of its own (undefined here) gives the term deck no
 * cards rather than a problem per card: its mistakes are reported once, by
 * the glossary. The shared wording of the conditions comes from the
 * interface strings, read before the decks.
 */
export function readDecks(
	root: string,
	site: { index: LessonIndex; glossary: Glossary | undefined; locales: readonly SiteLocale[]; strings: ReadonlyMap<string, Record<string, string>> },
): DeckReport {
	const problems: string[] = [];
	const missing: MissingText[] = [];
	const decks: Deck[] = [];
	const cards = site.glossary ? glossaryCards(site.glossary) : [];
	const context = {
		sourceLocale: site.locales[0]!.code,
		locales: site.locales.map((l) => l.code),
		tags: Object.fromEntries(site.locales.map((l) => [l.code, l.lang])),
		lessons: deckLessons(site.index),
		glossary: () => cards,
		strings: (locale: string) => site.strings.get(locale) ?? {},
	};
	for (const folder of deckFolders(root, context.sourceLocale, problems)) {
		const built = buildDeck(folder, context);
		problems.push(...built.problems);
		missing.push(...built.missing);
		if (built.deck) decks.push(built.deck);
	}
	return { decks, problems, missing };
}

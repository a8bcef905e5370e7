/**
 * Build-time glue for the decks in `quizzes/`: reads every deck folder,
 * checks it against the lessons and the glossary, and hands the decks to the
 * trainer page. `deckCheck` fails `astro build` on any invalid deck.
 */
import { memoByFiles } from './memo-by-files';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { parse as parseYaml } from 'yaml';
import { buildDeck, type DeckFile, type DeckFolder, type MissingText } from '../lib/decks/build-deck';
import type { LessonIndex } from '../lib/decks/check-structure';
import { headingIds } from '../lib/decks/headings';
import { problem } from '../lib/decks/issues';
import type { TermSource } from '../lib/decks/terms-deck';
import type { Deck } from '../lib/decks/types';
import { glossaryCards } from '../lib/glossary/cards';
import { locales, sourceLocale } from '../lib/locales';
import { mergeResources } from '../lib/i18n-resources';
import { readGlossary } from './glossary-data';
import { readLocaleResources } from './i18n-loader';

export const quizzesDir = 'quizzes';

export interface DeckReport {
	decks: Deck[];
	problems: string[];
	/** Texts that locales still lack and show in English. */
	missing: MissingText[];
}

/** The parsed file, or undefined (with a problem) when it is not valid YAML. */
function readYaml(root: string, path: string, problems: string[]): DeckFile | undefined {
	try {
		return { path, data: parseYaml(readFileSync(join(root, path), 'utf8')) };
	} catch (error) {
		problems.push(problem(path, undefined, '', `not valid YAML: ${(error as Error).message.split('\n')[0]}`));
		return undefined;
	}
}

/** Lessons of the source locale, with their heading ids, read once each. */
function lessonIndex(root: string): LessonIndex {
	const cache = new Map<string, ReturnType<LessonIndex>>();
	return (lesson) => {
		if (!cache.has(lesson)) {
			const file = ['.md', '.mdx', '/index.md', '/index.mdx'].map((ending) => `content/${sourceLocale.code}/${lesson}${ending}`).find((f) => existsSync(join(root, f)));
			cache.set(lesson, file ? { file, ids: headingIds(readFileSync(join(root, file), 'utf8')) } : undefined);
		}
		return cache.get(lesson);
	};
}

function deckFolders(root: string, problems: string[]): DeckFolder[] {
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
				const read = readYaml(root, `${path}/${file}`, problems);
				if (read) texts[file.replace(/\.ya?ml$/, '')] = read;
				else unreadable = true;
			}
			const structureFile = files.find((f) => /^deck\.ya?ml$/.test(f));
			if (!structureFile) problems.push(problem(`${path}/deck.yaml`, undefined, '', 'missing: every deck folder needs one'));
			const structure = structureFile ? readYaml(root, `${path}/${structureFile}`, problems) : undefined;
			return structure && !unreadable ? [{ path, structure, texts }] : [];
		});
}

/**
 * Reads and checks every deck; never throws for bad data, but lists it.
 * Decks depend on quizzes/, on content/ for lesson sections and glossary
 * terms, and on src/i18n/ for the shared wording of the conditions.
 */
export const readDecks = memoByFiles('decks', [quizzesDir, 'content', 'src/i18n'], readDecksFromDisk);

function readDecksFromDisk(root: string): DeckReport {
	const problems: string[] = [];
	const missing: MissingText[] = [];
	const decks: Deck[] = [];
	const lessons = lessonIndex(root);
	let glossary: TermSource[] | undefined;
	const strings = new Map<string, Record<string, string>>();
	const context = {
		sourceLocale: sourceLocale.code,
		locales: locales.map((l) => l.code),
		lessons,
		glossary: () => (glossary ??= glossaryCards(readGlossary(root))),
		strings: (locale: string) => {
			if (!strings.has(locale)) strings.set(locale, mergeResources(readLocaleResources(root, locale)));
			return strings.get(locale)!;
		},
	};
	for (const folder of deckFolders(root, problems)) {
		const built = buildDeck(folder, context);
		problems.push(...built.problems);
		missing.push(...built.missing);
		if (built.deck) decks.push(built.deck);
	}
	return { decks, problems, missing };
}

function throwIfAny(problems: readonly string[]): void {
	if (problems.length > 0) throw new Error(`The decks in ${quizzesDir}/ have ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
}

/** Every valid deck, for the trainer page; throws one Error listing every problem. */
export function loadDecks(root: string): Deck[] {
	const { decks, problems } = readDecks(root);
	throwIfAny(problems);
	return decks;
}

/** Fails `astro build` when any deck in quizzes/ is invalid. */
export function deckCheck(root: string): AstroIntegration {
	return {
		name: 'deck-check',
		hooks: {
			'astro:build:start': ({ logger }) => {
				const { decks, problems, missing } = readDecks(root);
				throwIfAny(problems);
				const byLocale = Map.groupBy(missing, (m) => m.locale);
				const untranslated = [...byLocale].map(([locale, texts]) => `${locale}: ${texts.length}`).join(', ');
				logger.info(`${decks.length} decks checked${untranslated ? `; texts shown in English for lack of a translation: ${untranslated}` : ''}`);
			},
		},
	};
}

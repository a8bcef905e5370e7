import type { Chapters } from '../content/chapters.ts';
import type { LessonIndex } from '../content/lesson-index.ts';
import { decksAdapter } from './decks.ts';
import { glossaryAdapter } from './glossary.ts';
import { chaptersInventory, lessonsInventory } from './lessons.ts';
import type { ContentAdapter, ProjectFiles } from './project-files.ts';
import { buildReport, type StatusReport } from './report.ts';
import { scenariosInventory } from './scenarios.ts';
import { uiStringsAdapter } from './ui-strings.ts';

/** Kinds read straight from their files; lessons and chapter labels come from the lesson index. */
export const fileAdapters: readonly ContentAdapter[] = [uiStringsAdapter, glossaryAdapter, decksAdapter];

/** What the status needs besides files: the lesson index and the chapters built from it. */
export interface IndexedContent {
	index: Pick<LessonIndex, 'locales' | 'lessons'>;
	chapters: Pick<Chapters, 'chapters'>;
}

/** The translation status of every locale of `content.index.locales` (source first), read through `files`. */
export function translationStatus(files: ProjectFiles, content: IndexedContent, inProgress: readonly string[] = []): StatusReport {
	const locales = content.index.locales;
	const sourceLocale = locales[0]!;
	return buildReport(
		[
			...fileAdapters.map((adapter) => adapter.inventory(files, locales, sourceLocale)),
			lessonsInventory(content.index),
			chaptersInventory(content.chapters, locales),
			scenariosInventory(locales),
		],
		locales,
		sourceLocale,
		inProgress,
	);
}

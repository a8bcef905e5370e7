import { decksAdapter } from './decks';
import { glossaryAdapter } from './glossary';
import { lessonsAdapter } from './lessons';
import type { ContentAdapter, ProjectFiles } from './project-files';
import { buildReport, type StatusReport } from './report';
import { uiStringsAdapter } from './ui-strings';

/** Every kind of translatable content the site has. A new kind is one more adapter here. */
export const contentAdapters: readonly ContentAdapter[] = [uiStringsAdapter, lessonsAdapter, glossaryAdapter, decksAdapter];

/** The translation status of every locale, read through `files`. */
export function translationStatus(files: ProjectFiles, locales: readonly string[], sourceLocale: string): StatusReport {
	return buildReport(
		contentAdapters.map((adapter) => adapter.inventory(files, locales, sourceLocale)),
		locales,
		sourceLocale,
	);
}

import type { ContentAdapter, ProjectFiles } from './project-files';
import { readRecordedHash, sourceHash } from './source-hash';
import type { SourceItem, TranslatedItem } from './types';

/**
 * Lessons and pages: `content/<locale>/**\/*.md(x)`, matched across locales
 * by their path without extension (`regularization/index.md` and
 * `regularization.md` are both "regularization"). A translation records the
 * hash of the whole English file in its frontmatter as `sourceHash:`;
 * frontmatter counts because fields such as `deck:` must be mirrored too.
 */

const recordedHashLine = /^sourceHash:[ \t]*["']?([^"'\s]*)["']?[ \t]*$/m;

/** The frontmatter block of a Markdown file, without its `---` fences; '' when it has none. */
function frontmatter(text: string): string {
	const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
	return match?.[1] ?? '';
}

/** The `sourceHash:` recorded in a lesson's frontmatter. */
export function recordedLessonHash(text: string): string | undefined {
	return readRecordedHash(recordedHashLine.exec(frontmatter(text))?.[1]);
}

/** "strategies/introduction" for `content/en/strategies/introduction.md`, "regularization" for `…/regularization/index.md`. */
export function lessonId(pathInLocale: string): string {
	const withoutExtension = pathInLocale.replace(/\.mdx?$/, '');
	return withoutExtension.endsWith('/index') ? withoutExtension.slice(0, -'/index'.length) : withoutExtension;
}

/** The lessons of a locale folder by id, with their paths; names starting with `_` are partials, not pages. */
function lessonFiles(files: ProjectFiles, locale: string): Map<string, string> {
	const dir = `content/${locale}/`;
	const lessons = new Map<string, string>();
	for (const path of files.list(dir.slice(0, -1)).sort()) {
		const inLocale = path.slice(dir.length);
		if (!/\.mdx?$/.test(inLocale) || inLocale.split('/').some((part) => part.startsWith('_'))) continue;
		lessons.set(lessonId(inLocale), path);
	}
	return lessons;
}

export const lessonsAdapter: ContentAdapter = {
	kind: 'lesson',
	inventory(files, locales, sourceLocale) {
		const source: SourceItem[] = [...lessonFiles(files, sourceLocale)].map(([id, file]) => ({ id, file, hash: sourceHash(files.read(file) ?? '') }));
		const translations: Record<string, TranslatedItem[]> = {};
		for (const locale of locales) {
			if (locale === sourceLocale) continue;
			translations[locale] = [...lessonFiles(files, locale)].map(([id, file]) => {
				const recordedHash = recordedLessonHash(files.read(file) ?? '');
				return { id, file, ...(recordedHash ? { recordedHash } : {}) };
			});
		}
		return {
			kind: 'lesson',
			source,
			translations,
			expectedFile: (item, locale) => `content/${locale}/${item.file.slice(`content/${sourceLocale}/`.length)}`,
		};
	},
};

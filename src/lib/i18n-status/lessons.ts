import type { Chapters } from '../content/chapters.ts';
import type { LessonIndex } from '../content/lesson-index.ts';
import { readRecordedHash } from './source-hash.ts';
import type { KindInventory, SourceItem, TranslatedItem } from './types.ts';

/**
 * Lessons and pages, from the one lesson index: matched across locales by
 * lesson id (content/lesson-path.ts). A translation records the hash of the
 * whole English file in its frontmatter as `sourceHash:`; frontmatter
 * counts because fields such as `deck:` must be mirrored too.
 */
export function lessonsInventory(index: Pick<LessonIndex, 'locales' | 'lessons'>): KindInventory {
	const [sourceLocale = 'en', ...others] = index.locales;
	const source: SourceItem[] = index.lessons.filter((lesson) => lesson.locale === sourceLocale).map(({ id, file, hash }) => ({ id, file, hash }));
	const translations: Record<string, TranslatedItem[]> = Object.fromEntries(
		others.map((locale) => [
			locale,
			index.lessons
				.filter((lesson) => lesson.locale === locale)
				.map(({ id, file, recordedHash }) => {
					const recorded = readRecordedHash(recordedHash);
					return { id, file, ...(recorded ? { recordedHash: recorded } : {}) };
				}),
		]),
	);
	return {
		kind: 'lesson',
		source,
		translations,
		expectedFile: (item, locale) => `content/${locale}/${item.file.slice(`content/${sourceLocale}/`.length)}`,
	};
}

/** Chapter labels (`content/<locale>/<chapter>/chapter.yaml`): short, like interface strings, so no hash. */
export function chaptersInventory(chapters: Pick<Chapters, 'chapters'>, locales: readonly string[]): KindInventory {
	const [sourceLocale = 'en', ...others] = locales;
	const file = (locale: string, chapter: string) => `content/${locale}/${chapter}/chapter.yaml`;
	return {
		kind: 'chapter',
		source: chapters.chapters.map((chapter) => ({ id: chapter.id, file: file(sourceLocale, chapter.id) })),
		translations: Object.fromEntries(others.map((locale) => [locale, chapters.chapters.filter((chapter) => chapter.labels[locale] !== undefined).map((chapter) => ({ id: chapter.id, file: file(locale, chapter.id) }))])),
		expectedFile: (item, locale) => file(locale, item.id),
	};
}

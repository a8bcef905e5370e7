import type { Chapters } from '../lib/content/chapters.ts';
import type { SiteLocale } from '../lib/locales.ts';

/**
 * Starlight's sidebar, made from the chapters found in `content/`: one
 * group per chapter folder, labelled from its `chapter.yaml` in each
 * locale, listing the folder's lessons; then the pages outside chapters
 * (glossary, translation status). Nothing here names a chapter, so a new
 * chapter folder appears by itself, and prev/next links follow.
 */
export function siteSidebar(chapters: Chapters, locales: readonly SiteLocale[]) {
	const [source] = locales;
	const groups = chapters.chapters.map((chapter) => ({
		label: chapter.labels[source!.code]!,
		translations: Object.fromEntries(locales.slice(1).flatMap((locale) => (chapter.labels[locale.code] ? [[locale.lang, chapter.labels[locale.code]!]] : []))),
		items: [{ autogenerate: { directory: chapter.id } }],
	}));
	return [...groups, ...chapters.topPages.map((page) => ({ slug: page.id }))];
}

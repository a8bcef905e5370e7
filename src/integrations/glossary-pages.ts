import { getCollection } from 'astro:content';
import { parseGlossary, type Glossary, type GlossaryFile } from '@/lib/glossary/parse';
import { locales, sourceLocale } from '@/lib/locales';

/**
 * The glossary as the site's pages see it: its files bundled by Vite (so the
 * dev server reloads on edits) and lessons known from Starlight's `docs`
 * collection. Same checks as at config time (src/integrations/glossary-data.ts).
 */
const rawFiles = import.meta.glob<string>('/content/glossary/*.{yaml,yml}', { query: '?raw', import: 'default', eager: true });

export interface LessonPage {
	/** `<locale>/<lesson>` as Starlight's docs collection names it. */
	id: string;
	title: string;
}

/** Starlight names `content/en/regularization/index.md` `en/regularization`. */
function lessonKey(id: string): string {
	return id.replace(/\/index$/, '');
}

export async function lessonPages(): Promise<Map<string, LessonPage>> {
	const docs = await getCollection('docs');
	return new Map(docs.map((doc) => [lessonKey(doc.id), { id: lessonKey(doc.id), title: doc.data.title }]));
}

export function loadGlossary(pages: Map<string, LessonPage>): Glossary {
	const files: GlossaryFile[] = Object.entries(rawFiles).map(([path, text]) => ({ path: path.replace(/^\//, ''), text }));
	return parseGlossary(files, {
		sourceLocale: sourceLocale.code,
		siteLocales: locales.map((locale) => locale.code),
		lessonExists: (lesson) => locales.some((locale) => pages.has(`${locale.code}/${lesson}`)),
	});
}

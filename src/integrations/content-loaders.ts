/**
 * The content collections the pages read with `getCollection`: the
 * interface strings, the lesson index, the glossary, the decks and the
 * translation status. Each loader
 * takes its part of the content the config has already read and checked
 * (site-content.ts), so a build reads every file once. In the dev server a
 * loader runs again after an edit; a mistake then shows as the error page.
 */
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readingOrder } from '../lib/content/chapters.ts';
import { docsEntryId } from '../lib/content/lesson-path.ts';
import { conceptRecords } from '../lib/glossary/concept-entries.ts';
import { statusOf } from './i18n-status-data.ts';
import { ContentProblemsError } from './report-problems.ts';
import { siteContent, type SiteContent } from './site-content.ts';

type Fill = (site: SiteContent, root: string) => { id: string; data: Record<string, unknown> }[];

function siteLoader(name: string, fill: Fill): Loader {
	return {
		name,
		load: async ({ store, config, watcher, parseData }: LoaderContext) => {
			const root = new URL(config.root).pathname;
			const site = siteContent(root);
			if (site.problems.length > 0) throw new ContentProblemsError(site.problems);
			store.clear();
			for (const { id, data } of fill(site, root)) store.set({ id, data: await parseData({ id, data }) });
			for (const dir of ['content', 'quizzes', 'src/i18n']) watcher?.add(join(root, dir));
		},
	};
}

/**
 * Starlight's `i18n` collection, the i18next resources behind
 * `Astro.locals.t()`: each locale's `src/i18n/<locale>/*.json` merged, one
 * entry per locale keyed by its BCP 47 tag, as Starlight expects.
 */
export const i18nResourcesLoader = () => siteLoader('i18n-resources', (site) => site.locales.map((locale) => ({ id: locale.lang, data: site.strings.get(locale.code) ?? {} })));

/** `<locale>/<lesson id>` (as Starlight's docs collection names pages): locale, id, file, title, heading ids, deck. */
export const lessonsLoader = () =>
	siteLoader('lesson-index', (site) =>
		site.index.lessons.map((lesson) => ({
			id: docsEntryId(lesson.locale, lesson.id),
			data: { locale: lesson.locale, lesson: lesson.id, file: lesson.file, title: lesson.title, headings: lesson.headings.map((heading) => heading.id), ...(lesson.deck ? { deck: lesson.deck } : {}) },
		})),
	);

/** One entry per concept, in the order of terms.yaml (see lib/glossary/concept-entries.ts). */
export const glossaryLoader = () => siteLoader('glossary', (site) => (site.glossary ? conceptRecords(site.glossary) : []).map((record) => ({ id: record.id, data: { ...record } })));

/** One entry per deck, `order` following the course: chapter by chapter, lesson by lesson. */
export const decksLoader = () =>
	siteLoader('decks', (site) => {
		const order = readingOrder(site.chapters, site.index.lessons, site.locales[0]!.code);
		const position = (lesson: string) => (order.includes(lesson) ? order.indexOf(lesson) : order.length);
		const decks = [...site.decks].sort((a, b) => position(deckLesson(a)) - position(deckLesson(b)) || (a.id < b.id ? -1 : 1));
		return decks.map((deck, index) => ({ id: deck.id, data: { order: index, deck } }));
	});

/** The lesson a deck drills: that of its first card (the deck's own lesson unless the card names another). */
const deckLesson = (deck: SiteContent['decks'][number]) => deck.cards[0]?.lesson ?? '';

/** One entry per translated locale, as `npm run i18n:status` reports it. */
export const translationStatusLoader = () =>
	siteLoader('translation-status', (site, root) => {
		const report = statusOf(root, site);
		return report.locales.map((status, index) => ({ id: status.locale, data: { order: index, sourceLocale: report.sourceLocale, status } }));
	});

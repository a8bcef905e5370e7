import type { LessonLink } from '../decks/types';

/**
 * The page URL of a lesson section under the site's base path.
 * `lesson` is a content path without locale or extension
 * ('strategies/transfer-learning', 'regularization/index').
 */
export function lessonUrl(base: string, locale: string, link: LessonLink): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	const path = link.lesson.replace(/(^|\/)index$/, '').replace(/^\/+|\/+$/g, '');
	const page = path ? `${root}${locale}/${path}/` : `${root}${locale}/`;
	return link.section ? `${page}#${encodeURIComponent(link.section)}` : page;
}

/** The trainer's page, under each locale. */
export const TRAINER_PAGE = 'practice/trainer';

/** The trainer page opened on one deck (`?deck=<id>`), under the base path. */
export function trainerUrl(base: string, locale: string, deck?: string): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	const page = `${root}${locale}/${TRAINER_PAGE}/`;
	return deck ? `${page}?deck=${encodeURIComponent(deck)}` : page;
}

/** The file of the trainer's decks in `locale` (src/pages/[locale]/practice/trainer/decks.json.ts), under the base path. */
export function trainerDecksUrl(base: string, locale: string): string {
	return `${trainerUrl(base, locale)}decks.json`;
}

/** The file of the trainer panels' strings in `locale` (src/pages/[locale]/practice/trainer/panel-strings.json.ts), under the base path. */
export function trainerPanelStringsUrl(base: string, locale: string): string {
	return `${trainerUrl(base, locale)}panel-strings.json`;
}

import { getCollection } from 'astro:content';
import type { Deck } from '../../lib/decks/types';
import { sourceLocale } from '../../lib/locales';
import { trimDeckToLocale } from '../../lib/trainer-session/trim-deck';

/** The decks as a page in `locale` shows them: in the course's order, each text in that locale or, where it has none, the source locale's. */
export async function localeDecks(locale: string): Promise<Deck[]> {
	return (await getCollection('decks')).sort((a, b) => a.data.order - b.data.order).map((entry) => trimDeckToLocale(entry.data.deck, locale, sourceLocale.code));
}

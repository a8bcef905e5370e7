/**
 * The trainer's deck choices: one per deck, then every deck at once. The
 * page lists them by title in its locale's order, sorted at build time; the
 * island keeps the page's order (see inPageOrder).
 */
import { cardKey, type Deck } from '../decks/types';
import type { PageLocale } from '../locales';

/** A deck choice: one deck, or every deck at once. */
export interface DeckChoice {
	id: string;
	title: string;
	keys: string[];
}

const ALL_DECKS = 'all';

/** A deck's title in `locale`, or in English where it has none. */
function deckTitle(deck: Deck, locale: string): string {
	return deck.title[locale] ?? deck.title.en ?? deck.id;
}

/** The decks by title in the locale's order (the page's rows are rendered in it at build time). */
export function byTitle(decks: readonly Deck[], locale: PageLocale): Deck[] {
	const collator = new Intl.Collator(locale.lang);
	return [...decks].sort((a, b) => collator.compare(deckTitle(a, locale.code), deckTitle(b, locale.code)));
}

/**
 * The decks in the order of the page's rows; decks the page does not list
 * (the benchmark's) come after them. The island takes the order from the
 * page rather than sorting again: a Collator's first use loads ICU data,
 * tens of milliseconds of the page's start on a phone.
 */
export function inPageOrder(decks: readonly Deck[], rowIds: readonly string[]): Deck[] {
	const place = (deck: Deck) => {
		const index = rowIds.indexOf(deck.id);
		return index === -1 ? rowIds.length : index;
	};
	return [...decks].sort((a, b) => place(a) - place(b));
}

/**
 * The string naming a choice's study button: every deck at once has its own
 * ("Study all decks"), as "Study {{deck}}" around its title read "Tüm
 * desteler destesini çalış" in Turkish.
 */
export function studyLabel(choice: DeckChoice): { key: string; values: Record<string, string> } {
	return choice.id === ALL_DECKS ? { key: 'trainer.decks.studyAll', values: {} } : { key: 'trainer.decks.studyDeck', values: { deck: choice.title } };
}

/** A choice per deck, in the order given, then every deck at once. */
export function deckChoices(decks: readonly Deck[], locale: string, allTitle: string): DeckChoice[] {
	const choices = decks.map((deck) => ({
		id: deck.id,
		title: deckTitle(deck, locale),
		keys: deck.cards.map(cardKey),
	}));
	return [...choices, { id: ALL_DECKS, title: allTitle, keys: choices.flatMap((choice) => choice.keys) }];
}

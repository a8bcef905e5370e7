/**
 * A deck exported for another system, as the trainer's download and
 * `npm run export:decks` both write it: one file name and one text per
 * format, so a course author's command line and a learner's button agree.
 */
import { presentCard } from '../decks/present';
import { isCardFor } from '../decks/audience';
import type { Card, Deck } from '../decks/types';
import { ankiDeckText } from './anki';
import { giftText } from './gift';

export const deckExportFormats = ['gift', 'anki'] as const;
export type DeckExportFormat = (typeof deckExportFormats)[number];

const writers: Record<DeckExportFormat, typeof giftText> = { gift: giftText, anki: ankiDeckText };

export interface DeckExport {
	fileName: string;
	text: string;
	/** How many cards the file holds, and how many of them keep some source-locale text for lack of a translation. */
	cards: number;
	untranslated: number;
}

/**
 * The deck in one format and locale, with the cards meant for that locale's
 * learners only (a partial language's term cards stay with its own); every
 * card shows its first wording (variant 0), as printed material should.
 */
export function exportDeck(deck: Deck, locale: string, format: DeckExportFormat): DeckExport {
	const questionFor = (card: Card) => presentCard(card, locale, 0);
	const forLocale = { ...deck, cards: deck.cards.filter((card) => isCardFor(card, locale)) };
	const untranslated = forLocale.cards.filter((card) => questionFor(card).untranslated).length;
	return { fileName: `${deck.id}-${locale}.${format}.txt`, text: writers[format](forLocale, questionFor, locale), cards: forLocale.cards.length, untranslated };
}

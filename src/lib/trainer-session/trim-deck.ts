import { isCardFor } from '../decks/audience';
import type { Card, Deck, LocalizedText } from '../decks/types';

/**
 * Keeps only the page's locale and the source locale (the fallback) of every
 * text, so a page does not carry every translation of every card, and only
 * the cards meant for the page's learners (a card with `locales` is for those).
 */
export function trimDeckToLocale(deck: Deck, locale: string, source: string): Deck {
	const trim = (text: LocalizedText): LocalizedText => {
		const kept: LocalizedText = {};
		for (const code of new Set([source, locale])) {
			const value = text[code];
			if (value !== undefined) kept[code] = value;
		}
		return kept;
	};
	return { id: deck.id, title: trim(deck.title), description: trim(deck.description), cards: deck.cards.filter((card) => isCardFor(card, locale)).map((card) => trimCard(card, trim)) };
}

function trimCard(card: Card, trim: (text: LocalizedText) => LocalizedText): Card {
	switch (card.kind) {
		case 'flashcard':
			return { ...card, front: trim(card.front), back: trim(card.back) };
		case 'choice':
			return {
				...card,
				prompt: trim(card.prompt),
				options: card.options.map((option) => ({ ...option, text: trim(option.text), feedback: trim(option.feedback) })),
				...(card.explanation ? { explanation: trim(card.explanation) } : {}),
			};
		case 'truefalse':
			return { ...card, statement: trim(card.statement), explanation: trim(card.explanation) };
		case 'scenario':
			return card;
	}
}

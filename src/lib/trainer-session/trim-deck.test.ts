import { describe, expect, it } from 'vitest';
import type { Deck } from '../decks/types';
import { trimDeckToLocale } from './trim-deck';

const deck: Deck = {
	id: 'd',
	title: { en: 'Deck', tr: 'Deste', de: 'Stapel' },
	description: { en: 'About', tr: 'Hakkında' },
	cards: [
		{ deck: 'd', id: 'f', lesson: 'x', kind: 'flashcard', front: { en: 'Q', tr: 'S', de: 'F' }, back: { en: 'A', de: 'A' } },
		{
			deck: 'd',
			id: 'c',
			lesson: 'x',
			kind: 'choice',
			multiple: false,
			prompt: { en: 'P', de: 'P' },
			options: [{ id: 'a', text: { en: 'Yes', tr: 'Evet', de: 'Ja' }, correct: true, feedback: { en: 'Right', de: 'Richtig' } }],
		},
		{ deck: 'd', id: 's', lesson: 'x', kind: 'scenario', concept: 'transfer' },
	],
};

describe('trimDeckToLocale', () => {
	it('keeps only the page locale and the source locale', () => {
		const trimmed = trimDeckToLocale(deck, 'tr', 'en');
		expect(trimmed.title).toEqual({ en: 'Deck', tr: 'Deste' });
		expect(trimmed.cards[0]).toMatchObject({ front: { en: 'Q', tr: 'S' }, back: { en: 'A' } });
		expect(trimmed.cards[1]).toMatchObject({ prompt: { en: 'P' }, options: [{ text: { en: 'Yes', tr: 'Evet' }, feedback: { en: 'Right' } }] });
		expect(trimmed.cards[1]).not.toHaveProperty('explanation');
		expect(trimmed.cards[2]).toEqual(deck.cards[2]);
	});
});

import { describe, expect, it } from 'vitest';
import type { Deck } from '../decks/types';
import { exportDeck } from './deck-export';

/** A term deck as the glossary makes it: each language's pairs with English are for that language's learners only. */
const terms: Deck = {
	id: 'terms',
	title: { en: 'Terms' },
	description: { en: '' },
	cards: [
		{ deck: 'terms', id: 'fine-tuning-en-tr', lesson: 'glossary', kind: 'flashcard', front: { en: 'fine-tuning in Turkish?' }, back: { en: 'ince ayar' }, locales: ['tr'] },
		{ deck: 'terms', id: 'fine-tuning-en-de', lesson: 'glossary', kind: 'flashcard', front: { en: 'fine-tuning in German?' }, back: { en: 'Feinabstimmung' }, locales: ['de'] },
	],
};

describe('exportDeck', () => {
	it("writes only the cards meant for the locale's learners, in every format", () => {
		for (const format of ['gift', 'anki'] as const) {
			expect(exportDeck(terms, 'tr', format).text).not.toContain('Feinabstimmung');
			expect(exportDeck(terms, 'tr', format).text).toContain('ince ayar');
			expect(exportDeck(terms, 'de', format).text).toContain('Feinabstimmung');
			expect(exportDeck(terms, 'de', format).text).not.toContain('ince ayar');
		}
	});

	it('counts the cards a language in progress still shows partly in the source language', () => {
		const deck: Deck = {
			id: 'demo',
			title: { en: 'Demo', de: 'Demo' },
			description: { en: '' },
			cards: [
				{ deck: 'demo', id: 'done', lesson: 'glossary', kind: 'flashcard', front: { en: 'Front', de: 'Vorne' }, back: { en: 'Back', de: 'Hinten' } },
				{ deck: 'demo', id: 'half', lesson: 'glossary', kind: 'flashcard', front: { en: 'Front', de: 'Vorne' }, back: { en: 'Back' } },
				{ deck: 'demo', id: 'none', lesson: 'glossary', kind: 'truefalse', statement: { en: 'True?' }, answer: true, explanation: { en: 'Yes.' } },
			],
		};
		expect(exportDeck(deck, 'de', 'gift')).toMatchObject({ fileName: 'demo-de.gift.txt', cards: 3, untranslated: 2 });
		expect(exportDeck(deck, 'en', 'anki')).toMatchObject({ cards: 3, untranslated: 0 });
	});
});

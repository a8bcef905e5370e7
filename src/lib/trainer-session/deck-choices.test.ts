import { describe, expect, it } from 'vitest';
import type { Card, Deck } from '../decks/types';
import { byTitle, deckChoices, inPageOrder, studyLabel } from './deck-choices';

function deck(id: string, title: Record<string, string>, cards: string[] = ['c1']): Deck {
	return { id, title, description: { en: '' }, cards: cards.map((card) => ({ deck: id, id: card }) as unknown as Card) };
}

const decks = [deck('dropout', { en: 'Dropout', tr: 'Seyreltme' }), deck('cnn', { en: 'Convolutions', tr: 'Çevrişim' }), deck('data', { en: 'Data', tr: 'Cam' })];

describe('deck choices', () => {
	it("sorts by the title in the locale's collation, falling back to the English title", () => {
		const tr = { code: 'tr', lang: 'tr' };
		expect(byTitle(decks, tr).map((d) => d.id)).toEqual(['data', 'cnn', 'dropout']);
		expect(byTitle(decks, { code: 'en', lang: 'en' }).map((d) => d.id)).toEqual(['cnn', 'data', 'dropout']);
		expect(byTitle([...decks, deck('x', { en: 'Augmentation' })], tr).map((d) => d.id)).toEqual(['x', 'data', 'cnn', 'dropout']);
	});

	it('takes the titles by the locale code and the order from its language tag', () => {
		// Serbian in Latin script: š is a letter of its own after s, where the code alone (Cyrillic Serbian) sorts it as an s.
		const serbian = [deck('forest', { en: 'Forest', sr: 'Šuma' }), deck('sz', { en: 'Sz', sr: 'Sz' })];
		expect(byTitle(serbian, { code: 'sr', lang: 'sr-Latn' }).map((d) => d.id)).toEqual(['sz', 'forest']);
	});

	it("keeps the page's order and puts decks the page does not list after them", () => {
		expect(inPageOrder([...decks, deck('bench', { en: 'Bench' })], ['dropout', 'data', 'cnn', 'all']).map((d) => d.id)).toEqual(['dropout', 'data', 'cnn', 'bench']);
	});

	it('offers every deck at once last, with every card of the decks in their order', () => {
		const choices = deckChoices([deck('a', { en: 'A', tr: 'Ä' }, ['1', '2']), deck('b', { en: 'B' }, ['3'])], 'tr', 'Hepsi');
		expect(choices.map((choice) => [choice.id, choice.title, choice.keys])).toEqual([
			['a', 'Ä', ['a/1', 'a/2']],
			['b', 'B', ['b/3']],
			['all', 'Hepsi', ['a/1', 'a/2', 'b/3']],
		]);
	});

	it('names the study button of every deck at once with a string of its own, not the one-deck template', () => {
		const [one, all] = deckChoices([deck('a', { en: 'A', tr: 'Ä' })], 'tr', 'Tüm desteler');
		expect(studyLabel(one!)).toEqual({ key: 'trainer.decks.studyDeck', values: { deck: 'Ä' } });
		expect(studyLabel(all!)).toEqual({ key: 'trainer.decks.studyAll', values: {} });
	});
});

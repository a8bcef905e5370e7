/**
 * A deck with hostile text (tabs, newlines, quotes, braces, GIFT and HTML
 * specials) in every card type, for the exporter tests, and the questions
 * the exporters get from the deck engineer's presentCard (variant 0).
 */
import { presentCard } from '../decks/present';
import type { Card, Deck, Question } from '../decks/types';

export function questionFor(card: Card): Question {
	return presentCard(card, 'en', 0);
}

export const HOSTILE = 'a\tb\n<script>alert("x")</script> {=~#:} \\ end';

export const hostileDeck: Deck = {
	id: 'hostile',
	title: { en: `Deck\twith\n${HOSTILE}`, tr: 'Deste' },
	description: { en: '' },
	cards: [
		{ deck: 'hostile', id: 'flash', lesson: 'strategies/transfer-learning', kind: 'flashcard', front: { en: `#${HOSTILE}` }, back: { en: HOSTILE } },
		{
			deck: 'hostile',
			id: 'one',
			lesson: 'regularization/index',
			kind: 'choice',
			multiple: false,
			prompt: { en: HOSTILE },
			options: [
				{ id: 'a', text: { en: 'right {1}' }, correct: true, feedback: { en: 'yes: because' } },
				{ id: 'b', text: { en: 'wrong ~2' }, correct: false, feedback: { en: '' } },
			],
			explanation: { en: 'why = this' },
		},
		{
			deck: 'hostile',
			id: 'many',
			lesson: 'regularization/index',
			kind: 'choice',
			multiple: true,
			prompt: { en: 'Pick two' },
			options: [
				{ id: 'a', text: { en: 'A' }, correct: true, feedback: { en: '' } },
				{ id: 'b', text: { en: 'B' }, correct: true, feedback: { en: '' } },
				{ id: 'c', text: { en: 'C' }, correct: false, feedback: { en: '' } },
			],
		},
		{ deck: 'hostile', id: 'tf', lesson: 'regularization/index', kind: 'truefalse', statement: { en: 'Dropout # helps' }, answer: false, explanation: { en: 'It {depends}' } },
		{ deck: 'hostile', id: 'scenario', lesson: 'strategies/transfer-learning', kind: 'scenario', concept: 'transfer' },
	],
};

import { describe, expect, it } from 'vitest';
import { presentCard } from './present';
import type { Card } from './types';

const base = { deck: 'transfer-learning', lesson: 'strategies/transfer-learning', section: 'conditions' };

describe('presentCard', () => {
	it('shows a flashcard in the locale, falling back to English text', () => {
		const card: Card = { ...base, id: 'def', kind: 'flashcard', front: { en: 'Front', tr: 'Ön' }, back: { en: 'Back' } };
		expect(presentCard(card, 'tr', 0)).toEqual({
			kind: 'flashcard',
			key: 'transfer-learning/def',
			front: 'Ön',
			back: 'Back',
			link: { lesson: 'strategies/transfer-learning', section: 'conditions' },
			untranslated: true,
		});
	});

	it('marks a question untranslated only when the locale lacks some of its text', () => {
		const card: Card = { ...base, id: 'def', kind: 'flashcard', front: { en: 'Front', tr: 'Ön' }, back: { en: 'Back', tr: 'Arka' } };
		expect(presentCard(card, 'tr', 0).untranslated).toBeUndefined();
		expect(presentCard(card, 'en', 0).untranslated).toBeUndefined();
		expect(presentCard(card, 'ar', 0)).toMatchObject({ front: 'Front', untranslated: true });
	});

	it('marks scenarios untranslated in a locale without its own scenario wording', () => {
		const card: Card = { ...base, id: 'scenario', kind: 'scenario', concept: 'transfer' };
		expect(presentCard(card, 'tr', 0).untranslated).toBeUndefined();
		expect(presentCard(card, 'ar', 0).untranslated).toBe(true);
	});

	it('keeps choice options, correctness and feedback, with an empty explanation when none is given', () => {
		const card: Card = {
			...base,
			id: 'pick',
			kind: 'choice',
			multiple: false,
			prompt: { en: 'Which?', tr: 'Hangisi?' },
			options: [
				{ id: 'a', text: { en: 'A', tr: 'A şıkkı' }, correct: true, feedback: { en: 'Yes', tr: 'Evet' } },
				{ id: 'b', text: { en: 'B' }, correct: false, feedback: { en: 'No' } },
			],
		};
		const q = presentCard(card, 'tr', 5);
		expect(q).toMatchObject({ kind: 'choice', prompt: 'Hangisi?', multiple: false, explanation: '' });
		if (q.kind !== 'choice') throw new Error('expected a choice');
		expect(q.options).toEqual([
			{ id: 'a', text: 'A şıkkı', correct: true, feedback: 'Evet' },
			{ id: 'b', text: 'B', correct: false, feedback: 'No' },
		]);
	});

	it('turns true/false into a two-option choice in the locale', () => {
		const card: Card = { ...base, id: 'tf', kind: 'truefalse', statement: { en: 'S', tr: 'İ' }, answer: false, explanation: { en: 'Because', tr: 'Çünkü' } };
		const q = presentCard(card, 'tr', 0);
		if (q.kind !== 'choice') throw new Error('expected a choice');
		expect(q.prompt).toBe('İ');
		expect(q.options.map((o) => [o.id, o.text, o.correct, o.feedback])).toEqual([
			['true', 'Doğru', false, 'Çünkü'],
			['false', 'Yanlış', true, 'Çünkü'],
		]);
		const english = presentCard(card, 'de', 0);
		if (english.kind !== 'choice') throw new Error('expected a choice');
		expect(english.options.map((o) => o.text)).toEqual(['True', 'False']);
	});

	it('draws a different scenario at each review, the same for the same review, linked to its lesson', () => {
		for (const concept of ['transfer', 'multitask', 'end-to-end'] as const) {
			const card: Card = { ...base, id: `scenario-${concept}`, kind: 'scenario', concept };
			for (let review = 0; review < 20; review++) {
				const now = presentCard(card, 'en', review);
				expect(presentCard(card, 'en', review)).toEqual(now);
				expect(now).toMatchObject({ kind: 'choice', multiple: true, key: `transfer-learning/scenario-${concept}`, link: { lesson: base.lesson } });
				const next = presentCard(card, 'en', review + 1);
				if (now.kind !== 'choice' || next.kind !== 'choice') throw new Error('expected choices');
				expect(next.prompt).not.toBe(now.prompt);
				expect(now.options.some((o) => o.correct)).toBe(true);
			}
		}
	});

	it('shows the same scenario in every language for the same review, so a language switch keeps the case', () => {
		const card: Card = { ...base, id: 'scenario', kind: 'scenario', concept: 'transfer' };
		const en = presentCard(card, 'en', 3);
		const tr = presentCard(card, 'tr', 3);
		if (en.kind !== 'choice' || tr.kind !== 'choice') throw new Error('expected choices');
		expect(tr.options.map((o) => o.correct)).toEqual(en.options.map((o) => o.correct));
		expect(tr.prompt).not.toBe(en.prompt);
	});
});

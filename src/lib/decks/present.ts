/**
 * Turns a card into the question the trainer shows, in one locale. Scenario
 * cards draw a fresh generated scenario for each review number.
 */
import { hashString } from '../scenarios/prng';
import { hasScenarioWording, renderScenario, scenarioFor } from '../scenarios/index';
import { deckSourceLocale, localize } from './localize';
import { trueFalseLabels } from './truefalse-labels';
import { cardKey, type Card, type LessonLink, type LocalizedText, type PresentCard, type Question } from './types';

function linkOf(card: Card): LessonLink {
	return card.section === undefined ? { lesson: card.lesson } : { lesson: card.lesson, section: card.section };
}

/** Every text of a card, to tell whether a locale has them all. */
function textsOf(card: Exclude<Card, { kind: 'scenario' }>): LocalizedText[] {
	switch (card.kind) {
		case 'flashcard':
			return [card.front, card.back];
		case 'choice':
			return [card.prompt, ...card.options.flatMap((o) => [o.text, o.feedback]), ...(card.explanation ? [card.explanation] : [])];
		case 'truefalse':
			return [card.statement, card.explanation];
	}
}

function isUntranslated(card: Card, locale: string): boolean {
	if (card.kind === 'scenario') return !hasScenarioWording(locale);
	return textsOf(card).some((text) => text[locale] === undefined);
}

export const presentCard: PresentCard = (card: Card, locale: string, variant: number): Question => ({
	...presentTexts(card, locale, variant),
	...(isUntranslated(card, locale) ? { untranslated: true as const } : {}),
});

function presentTexts(card: Card, locale: string, variant: number): Question {
	const key = cardKey(card);
	const link = linkOf(card);
	switch (card.kind) {
		case 'flashcard':
			return { kind: 'flashcard', key, front: localize(card.front, locale), back: localize(card.back, locale), link };
		case 'choice':
			return {
				kind: 'choice',
				key,
				prompt: localize(card.prompt, locale),
				multiple: card.multiple,
				options: card.options.map((o) => ({ id: o.id, text: localize(o.text, locale), correct: o.correct, feedback: localize(o.feedback, locale) })),
				explanation: card.explanation ? localize(card.explanation, locale) : '',
				link,
			};
		case 'truefalse': {
			const labels = trueFalseLabels[locale] ?? trueFalseLabels[deckSourceLocale]!;
			const explanation = localize(card.explanation, locale);
			return {
				kind: 'choice',
				key,
				prompt: localize(card.statement, locale),
				multiple: false,
				// The explanation says why; each option's feedback repeats it so either choice is answered.
				options: [
					{ id: 'true', text: labels.true, correct: card.answer, feedback: explanation },
					{ id: 'false', text: labels.false, correct: !card.answer, feedback: explanation },
				],
				explanation: '',
				link,
			};
		}
		case 'scenario': {
			const rendered = renderScenario(scenarioFor(card.concept, hashString(key), Math.max(0, Math.floor(variant))), locale);
			return { kind: 'choice', key, prompt: rendered.prompt, multiple: true, options: rendered.options, explanation: rendered.explanation, link };
		}
	}
}

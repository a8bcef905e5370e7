/**
 * A deck as Moodle GIFT (https://docs.moodle.org/en/GIFT_format).
 * Text is written in the [html] format with &, < and > escaped, so Moodle
 * shows it literally and never runs it; then GIFT's special characters
 * (~ = # { } : and backslash) are escaped with a backslash, and newlines
 * become <br> so no blank line can end a question early.
 * Flashcards become essay questions with the back as general feedback;
 * true/false cards {T}/{F}; choices = / ~, several answers with percentages.
 */
import type { Card, Deck, Question } from '../decks/types';
import { cleanText, oneLine } from './plain-text';

type ChoiceQuestion = Extract<Question, { kind: 'choice' }>;

/** Grades Moodle accepts without asking to round: 100 / n for n answers. */
const SHARE_OF_100: Record<number, string> = {
	1: '100',
	2: '50',
	3: '33.33333',
	4: '25',
	5: '20',
	6: '16.66667',
	7: '14.28571',
	8: '12.5',
	9: '11.11111',
	10: '10',
};

function shareOf100(parts: number): string {
	return SHARE_OF_100[parts] ?? (100 / parts).toFixed(5);
}

/** Text → GIFT: HTML-escaped, GIFT-escaped, one line. */
export function escapeGift(text: string): string {
	return cleanText(text)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/[\\~=#{}:]/g, (character) => `\\${character}`)
		.replace(/\n/g, '<br>');
}

function withFeedback(text: string, feedback: string): string {
	return feedback ? `${escapeGift(text)}#${escapeGift(feedback)}` : escapeGift(text);
}

function choiceAnswers(question: ChoiceQuestion): string[] {
	const correct = question.options.filter((option) => option.correct).length;
	const wrong = question.options.length - correct;
	if (!question.multiple && correct === 1) {
		return question.options.map((option) => `${option.correct ? '=' : '~'}${withFeedback(option.text, option.feedback)}`);
	}
	// Several answers: the right ones share 100%, the wrong ones take it away, so ticking everything scores 0.
	return question.options.map((option) => {
		const weight = option.correct ? shareOf100(correct) : `-${shareOf100(wrong)}`;
		return `~%${weight}%${withFeedback(option.text, option.feedback)}`;
	});
}

function questionGift(card: Card, question: Question): string {
	const title = `::${escapeGift(`${card.deck}/${card.id}`)}::[html]`;
	if (question.kind === 'flashcard') {
		return `${title}${escapeGift(question.front)}{####${escapeGift(question.back)}}`;
	}
	if (card.kind === 'truefalse') {
		const feedback = escapeGift(localizedExplanation(question));
		return `${title}${escapeGift(question.prompt)}{${card.answer ? 'T' : 'F'}#${feedback}#${feedback}}`;
	}
	const general = question.explanation ? `\n\t####${escapeGift(question.explanation)}` : '';
	const answers = choiceAnswers(question).map((answer) => `\t${answer}`);
	return `${title}${escapeGift(question.prompt)}{\n${answers.join('\n')}${general}\n}`;
}

/** A true/false question carries its explanation as each option's feedback (see presentCard). */
function localizedExplanation(question: ChoiceQuestion): string {
	return question.explanation || question.options[0]?.feedback || '';
}

export function giftText(deck: Deck, questionFor: (card: Card) => Question, locale: string): string {
	const title = oneLine(deck.title[locale] ?? deck.title['en'] ?? deck.id);
	const blocks = [`// ${title}\n$CATEGORY: ${oneLine(deck.id).replace(/[^\w./-]/g, '_')}`];
	for (const card of deck.cards) blocks.push(questionGift(card, questionFor(card)));
	return `${blocks.join('\n\n')}\n`;
}

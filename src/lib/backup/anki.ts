/**
 * A deck as Anki-importable text (https://docs.ankiweb.net/importing/text-files.html):
 * tab-separated Basic notes (Front, Back, Tags, GUID) with file headers.
 * `#html:false` makes Anki show every character literally, so text such as
 * "<script>" is never interpreted; fields with a tab, newline, quote or a
 * leading # are quoted, quotes doubled, so no text can start a new field,
 * note or header. The GUID (locale + card key) lets a re-import update notes.
 */
import type { Card, Deck, Question } from '../decks/types';
import { cleanText, oneLine, optionLetter } from './plain-text';

/** Front and back of a question, using marks (✓ ✗) rather than words so no UI string is needed. */
export function questionSides(question: Question): { front: string; back: string } {
	if (question.kind === 'flashcard') return { front: question.front, back: question.back };
	const options = question.options.map((option, index) => ({ ...option, letter: optionLetter(index) }));
	const front = [question.prompt, '', ...options.map((option) => `${option.letter}. ${option.text}`)].join('\n');
	const answers = options.map((option) => {
		const line = `${option.correct ? '✓' : '✗'} ${option.letter}. ${option.text}`;
		return option.feedback ? `${line} — ${option.feedback}` : line;
	});
	const back = question.explanation ? [...answers, '', question.explanation].join('\n') : answers.join('\n');
	return { front, back };
}

/** One field, quoted when it holds anything the importer would read as structure. */
export function ankiField(text: string): string {
	const clean = cleanText(text);
	return /[\t\n"]|^#/.test(clean) ? `"${clean.replace(/"/g, '""')}"` : clean;
}

/** Anki tags cannot hold spaces; '::' makes the lesson a tag hierarchy. */
function tag(text: string): string {
	return oneLine(text).replace(/[\s"]+/g, '_').replace(/\//g, '::');
}

export function ankiDeckText(deck: Deck, questionFor: (card: Card) => Question, locale: string): string {
	const title = oneLine(deck.title[locale] ?? deck.title['en'] ?? deck.id);
	const lines = [
		'#separator:tab',
		'#html:false',
		'#notetype:Basic',
		`#deck:${title}`,
		'#columns:Front\tBack\tTags\tGUID',
		'#tags column:3',
		'#guid column:4',
	];
	for (const card of deck.cards) {
		const { front, back } = questionSides(questionFor(card));
		const tags = [tag(deck.id), tag(card.lesson)].join(' ');
		const guid = `transfer-trainer:${locale}:${card.deck}/${card.id}`;
		lines.push([front, back, tags, guid].map(ankiField).join('\t'));
	}
	return `${lines.join('\n')}\n`;
}

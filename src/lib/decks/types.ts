/**
 * The shared shapes of decks, cards and the questions the trainer shows.
 * This file is the contract between the deck format (quizzes/, loaded at
 * build time) and the trainer (scheduling, storage, UI, export): keep it
 * backward compatible, and record any change at the top of docs/decks.md.
 */

/** Text per locale code; must have the source locale 'en'; other locales fall back to 'en'. */
export type LocalizedText = Record<string, string>;

/** Card key everywhere = `${deck}/${id}`, stable across locales. */
export interface CardRef {
	deck: string;
	id: string;
}

/**
 * lesson = content path without locale/extension, e.g. 'strategies/transfer-learning';
 * section = heading id (explicit ids are the same in en and tr).
 */
export interface LessonLink {
	lesson: string;
	section?: string;
}

/** For a card only some learners see: the page locales whose deck has it (all when absent). */
export interface CardAudience {
	locales?: string[];
}

export type Card =
	| (CardRef & LessonLink & CardAudience & { kind: 'flashcard'; front: LocalizedText; back: LocalizedText })
	| (CardRef &
			LessonLink &
			CardAudience & {
				kind: 'choice';
				multiple: boolean;
				prompt: LocalizedText;
				options: { id: string; text: LocalizedText; correct: boolean; feedback: LocalizedText }[];
				explanation?: LocalizedText;
			})
	| (CardRef & LessonLink & CardAudience & { kind: 'truefalse'; statement: LocalizedText; answer: boolean; explanation: LocalizedText })
	| (CardRef & LessonLink & CardAudience & { kind: 'scenario'; concept: 'transfer' | 'multitask' | 'end-to-end' });

export interface Deck {
	id: string;
	title: LocalizedText;
	description: LocalizedText;
	cards: Card[];
}

/**
 * What the trainer shows: every card becomes one of these for a locale and a variant number.
 * `untranslated` is set when some of its text is the source locale's, for lack of a translation.
 */
export type Question =
	| { kind: 'flashcard'; key: string; front: string; back: string; link: LessonLink; untranslated?: true }
	| {
			kind: 'choice';
			key: string;
			prompt: string;
			multiple: boolean;
			options: { id: string; text: string; correct: boolean; feedback: string }[];
			explanation: string;
			link: LessonLink;
			untranslated?: true;
	  };

/**
 * Presents a card in a locale; `variant` (0,1,2,…; the trainer passes the
 * card's review count) picks the scenario variant: consecutive variants must
 * differ in wording. True/false becomes a 2-option choice. Pure and
 * deterministic. Implemented in src/lib/decks/present.ts.
 */
export type PresentCard = (card: Card, locale: string, variant: number) => Question;

/** The key a card is stored and scheduled under. */
export function cardKey(ref: CardRef): string {
	return `${ref.deck}/${ref.id}`;
}

import { presentCard } from '../../lib/decks/present';
import type { TrainerContext } from './progress';

/** Longest card text quoted (in a problem with an import, in a damage report); longer questions are cut with an ellipsis. */
const QUOTED_LENGTH = 80;

/** The card's question as the learner knows it, if the decks on this page have the card. */
export function cardText(key: string, context: TrainerContext): string | undefined {
	const card = context.card(key);
	if (!card) return undefined;
	const question = presentCard(card, context.locale.code, 0);
	const text = (question.kind === 'flashcard' ? question.front : question.prompt).replace(/\s+/g, ' ').trim();
	const characters = [...text];
	return characters.length > QUOTED_LENGTH ? `${characters.slice(0, QUOTED_LENGTH - 1).join('')}…` : text;
}

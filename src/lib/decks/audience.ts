import type { CardAudience } from './types';

/** Whether a card is meant for the learners of `locale` (see CardAudience). */
export function isCardFor(card: CardAudience, locale: string): boolean {
	return !card.locales || card.locales.includes(locale);
}

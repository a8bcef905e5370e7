/** Reading localized deck text, with the source locale as the fallback. */
import type { LocalizedText } from './types';

export const deckSourceLocale = 'en';

/** The text in `locale`, else in the source locale ('en' is required by the deck schema). */
export function localize(text: LocalizedText, locale: string): string {
	return text[locale] ?? text[deckSourceLocale] ?? '';
}

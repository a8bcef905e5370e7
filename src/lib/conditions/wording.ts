import { conditionKey, conditionNumber, type Concept, type ConditionId, type Wording } from './conditions.ts';

/** One locale's strings, as in src/i18n/<locale>/*.json. */
export type Strings = Readonly<Record<string, string>>;

/** The wording of a condition in `strings`; a missing key is a build mistake, so it throws naming the key. */
export function conditionText(strings: Strings, concept: Concept, id: ConditionId, wording: Wording = 'statement'): string {
	const key = conditionKey(concept, id, wording);
	const text = strings[key];
	if (text === undefined) throw new Error(`no text for "${key}" (src/i18n/<locale>/conditions.json)`);
	return text;
}

/** The text with its first letter in upper case, by the rules of a language tag's language ("ışık" → "Işık" in Turkish). */
export function capitalise(text: string, lang: string): string {
	return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/** "1. Same kind of input": a condition as a title, numbered as in the lessons; `translate` looks a key up in the page's strings. */
export function numberedTitle(translate: (key: string) => string, concept: Concept, id: ConditionId, lang: string): string {
	return `${conditionNumber(concept, id)}. ${capitalise(translate(conditionKey(concept, id, 'short')), lang)}`;
}

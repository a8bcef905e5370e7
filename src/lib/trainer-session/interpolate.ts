/**
 * Fills `{{name}}` placeholders the way i18next does on the server, for
 * strings the island formats itself. A missing value is a programming error,
 * so it throws instead of showing a raw placeholder to the learner.
 *
 * Values come from the learner, the address (`?deck=`) and imported files as
 * well as from the page: each one that could change the direction of the
 * sentence around it is isolated from it (see isolated()), here, once for
 * every message.
 */
/** The island's t(): a string by key, its placeholders filled by interpolate(). */
export type Translate = (key: string, values?: Readonly<Record<string, string | number>>) => string;

export function interpolate(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
		const value = values[name];
		if (value === undefined) throw new Error(`interpolate: no value for "${name}" in "${template}"`);
		return isolated(String(value));
	});
}

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';
/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko and their neighbours, presentation forms, historic scripts) and every bidi control. */
const DIRECTIONAL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]|\p{Bidi_Control}/u;
/** Embeddings, overrides and isolates: inside a value one of these could close its isolate early or reverse what it shows. */
const EXPLICIT_FORMATTING = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * A value as it may stand in a sentence: unchanged when it holds only
 * left-to-right letters, digits and neutral characters, which cannot
 * reorder the site's left-to-right sentences (numbers, dates, the site's own
 * names; copied text stays plain). Otherwise it is a first-strong isolate
 * (U+2068 … U+2069), so the sentence around it keeps its order whatever the
 * value holds, and its own embeddings, overrides and isolates show as U+FFFD:
 * `?deck=%E2%80%AEall` names the deck "�all" inside the site's sentence,
 * instead of reversing that sentence.
 */
export function isolated(value: string): string {
	if (!DIRECTIONAL.test(value)) return value;
	return `${FIRST_STRONG_ISOLATE}${value.replace(EXPLICIT_FORMATTING, '\ufffd')}${POP_DIRECTIONAL_ISOLATE}`;
}

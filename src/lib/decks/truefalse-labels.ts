/**
 * The two answers of a true/false card. They belong to the question itself
 * (presentCard is pure and gets no UI strings), so they are read here, at
 * build time, from every `src/i18n/<locale>/decks.json` ("decks.true",
 * "decks.false"): a new locale translates them in its own files, and falls
 * back to English until it does.
 */
const files = import.meta.glob<Record<string, string>>('../../i18n/*/decks.json', { eager: true, import: 'default' });

export const trueFalseLabels: Record<string, { true: string; false: string }> = Object.fromEntries(
	Object.entries(files).flatMap(([path, strings]) => {
		const locale = /\/i18n\/([^/]+)\/decks\.json$/.exec(path)?.[1];
		const [yes, no] = [strings['decks.true'], strings['decks.false']];
		return locale && yes && no ? [[locale, { true: yes, false: no }]] : [];
	}),
);

/**
 * Case folding that respects the locale's own rules. Turkish pairs I with ı
 * and İ with i, so `"IŞIK".toLowerCase()` would give "işik", a different
 * word: fold with the text's locale, never the default one.
 */
export function foldCase(text: string, locale: string): string {
	return text.normalize('NFC').toLocaleLowerCase(locale);
}

/** Folded text plus, for each of its UTF-16 units, the index it came from in the original. */
export interface FoldedText {
	folded: string;
	/** The offset in the original text of folded unit `index`; `folded.length` maps to the original's end. */
	originOf(index: number): number;
}

const identity = (index: number) => index;

/**
 * Folds `text` one code point at a time, so that a match found in the folded
 * text can be mapped back to the original: folding may change a string's
 * length (`"İ".toLocaleLowerCase('en')` is two units long).
 */
export function foldWithOrigin(text: string, locale: string): FoldedText {
	const whole = text.toLocaleLowerCase(locale);
	// The usual case, for nearly every text node of a lesson: folding kept every unit in place.
	if (whole.length === text.length) return { folded: whole, originOf: identity };
	let folded = '';
	const origin: number[] = [];
	let offset = 0;
	for (const char of text) {
		const lower = char.toLocaleLowerCase(locale);
		for (let i = 0; i < lower.length; i++) origin.push(offset);
		folded += lower;
		offset += char.length;
	}
	origin.push(offset);
	return { folded, originOf: (index) => origin[index] ?? offset };
}

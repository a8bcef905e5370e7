/**
 * Alphabetical order and letter groups in the page's own language: Turkish
 * puts ç after c, ı before i, ş after s, not after z as code-point order does.
 */

export function termCollator(locale: string): Intl.Collator {
	return new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
}

export function sortByTerm<T>(items: readonly T[], locale: string, termOf: (item: T) => string): T[] {
	const collator = termCollator(locale);
	return [...items].sort((a, b) => collator.compare(termOf(a), termOf(b)));
}

/** The first letter of a term, as the locale writes it in capitals: "ince ayar" → "İ" in Turkish. */
export function initialLetter(term: string, locale: string): string {
	const first = [...term.trim()].find((char) => /[\p{L}\p{N}]/u.test(char)) ?? '#';
	return first.toLocaleUpperCase(locale);
}

export interface LetterGroup<T> {
	letter: string;
	items: T[];
}

/**
 * The name of a letter's group: the letter without its accents where the
 * locale's collation counts the two as one letter (É is E in French, Ä is A
 * in German), the letter itself where it is a letter of its own (Ç and İ in
 * Turkish, Å, Ä and Ö in Swedish). A ligature the locale sorts as two
 * letters goes under the first (Œ as OE under O in French; Æ stays a letter
 * of its own in Danish). A letter whose base is not one character (a Hangul
 * syllable decomposes into its jamo) keeps its own form.
 */
function headingLetter(letter: string, collator: Intl.Collator): string {
	const base = letter.normalize('NFD').replace(/\p{M}+/gu, '');
	if (base !== letter && [...base].length === 1 && collator.compare(base, letter) === 0) return base;
	return ligatureHead(letter, collator) ?? letter;
}

const LATIN_CAPITALS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** The first of the two Latin letters a ligature is sorted as (Œ → O where it sorts as OE), or undefined where it is not one. */
function ligatureHead(letter: string, collator: Intl.Collator): string | undefined {
	if (!/\p{Script=Latin}/u.test(letter) || LATIN_CAPITALS.includes(letter)) return undefined;
	// Ĳ is I and J by compatibility; Ç is C and a cedilla by canonical decomposition, which says nothing of ligatures.
	const compatible = letter.normalize('NFKD');
	if (compatible !== letter.normalize('NFD') && [...compatible].length > 1 && collator.compare(compatible, letter) === 0) return [...compatible][0];
	for (const first of LATIN_CAPITALS) {
		if (LATIN_CAPITALS.some((second) => collator.compare(first + second, letter) === 0)) return first;
	}
	return undefined;
}

/**
 * Groups items already sorted with `sortByTerm` by their initial letter.
 * Letters the locale treats as one (O and Ö in English, O and Œ in French)
 * share a group, named after the letter as the locale's dictionaries head
 * it (headingLetter).
 */
export function groupByInitial<T>(sorted: readonly T[], locale: string, termOf: (item: T) => string): LetterGroup<T>[] {
	const collator = termCollator(locale);
	const groups: LetterGroup<T>[] = [];
	for (const item of sorted) {
		const letter = headingLetter(initialLetter(termOf(item), locale), collator);
		const current = groups.at(-1);
		if (current && collator.compare(current.letter, letter) === 0) current.items.push(item);
		else groups.push({ letter, items: [item] });
	}
	return groups;
}

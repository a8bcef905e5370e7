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
 * Turkish, Å, Ä and Ö in Swedish). A letter whose base is not one character
 * (a Hangul syllable decomposes into its jamo) keeps its own form.
 */
function headingLetter(letter: string, collator: Intl.Collator): string {
	const base = letter.normalize('NFD').replace(/\p{M}+/gu, '');
	return base !== letter && [...base].length === 1 && collator.compare(base, letter) === 0 ? base : letter;
}

/**
 * Groups items already sorted with `sortByTerm` by their initial letter.
 * Letters the locale treats as one (O and Ö in English) share a group, named
 * after the letter as the locale's dictionaries head it (headingLetter).
 */
export function groupByInitial<T>(sorted: readonly T[], locale: string, termOf: (item: T) => string): LetterGroup<T>[] {
	const collator = termCollator(locale);
	const groups: LetterGroup<T>[] = [];
	for (const item of sorted) {
		const letter = initialLetter(termOf(item), locale);
		const current = groups.at(-1);
		if (current && collator.compare(current.letter, letter) === 0) current.items.push(item);
		else groups.push({ letter: headingLetter(letter, collator), items: [item] });
	}
	return groups;
}

/**
 * Turkish case suffixes chosen by vowel harmony and consonant rules, so that
 * generated sentences read "1.000'den", "5'ten", "ImageNet'ten",
 * "A görevinden" instead of a one-size-fits-all ending. Proper names and
 * numerals take an apostrophe; the suffix follows how they are read aloud.
 */

import { formatNumber } from './format.ts';

export type TurkishCase = 'locative' | 'ablative' | 'dative' | 'accusative' | 'genitive';

export interface SuffixOptions {
	/** A name (written with an apostrophe, never softened). Numerals are always treated so. */
	proper?: boolean;
	/** The word already ends in a 3rd-person possessive (`görevi`, `kaydı`): cases take the buffer n. */
	possessive?: boolean;
	/** How the word is read aloud when the spelling does not tell (`MRI` → `emarı`). */
	reading?: string;
	/** Override the default consonant softening of a common noun (k→ğ, p→b, ç→c, t→d). */
	soften?: boolean;
}

const backVowels = 'aıouâû';
const frontVowels = 'eiöüî';
const roundedVowels = 'ouöüû';
const hardConsonants = 'fstkçşhp';

const ones = ['', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'];
const tens = ['', 'on', 'yirmi', 'otuz', 'kırk', 'elli', 'altmış', 'yetmiş', 'seksen', 'doksan'];
const scales = ['bin', 'milyon', 'milyar', 'trilyon'];

/** Turkish names of the Latin letters, for task names such as "A" and "B". */
const letterNames: Record<string, string> = {
	A: 'a', B: 'be', C: 'ce', Ç: 'çe', D: 'de', E: 'e', F: 'fe', G: 'ge', Ğ: 'yumuşak ge', H: 'he', I: 'ı', İ: 'i',
	J: 'je', K: 'ke', L: 'le', M: 'me', N: 'ne', O: 'o', Ö: 'ö', P: 'pe', Q: 'kü', R: 're', S: 'se', Ş: 'şe',
	T: 'te', U: 'u', Ü: 'ü', V: 've', W: 'çift ve', X: 'iks', Y: 'ye', Z: 'ze',
};

/** The last word spoken when reading a non-negative integer aloud: 1.200.000 → "bin", 40 → "kırk". */
function lastSpokenWordOfInteger(value: bigint): string {
	if (value === 0n) return 'sıfır';
	if (value % 10n !== 0n) return ones[Number(value % 10n)]!;
	if (value % 100n !== 0n) return tens[Number((value % 100n) / 10n)]!;
	if (value % 1000n !== 0n) return 'yüz';
	let rest = value / 1000n;
	for (const scale of scales) {
		if (rest % 1000n !== 0n) return scale;
		rest /= 1000n;
	}
	throw new Error(`Number too large to read: ${value}`);
}

/**
 * The last word spoken for a numeral as written in Turkish ("1.200.000",
 * "2,5", "%20"): the fraction is read last ("iki virgül beş").
 */
export function numeralEnding(numeral: string): string {
	const match = /^%?(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d+))?$/.exec(numeral);
	if (!match) throw new Error(`Not a Turkish numeral: "${numeral}"`);
	const [, integerPart = '', fraction] = match;
	return lastSpokenWordOfInteger(BigInt(fraction ?? integerPart.replaceAll('.', '')));
}

function isNumeral(word: string): boolean {
	return /^%?\d/.test(word);
}

/** What the suffix must agree with: the written word, or how it is read aloud. */
function spokenForm(word: string, options: SuffixOptions): string {
	if (options.reading) return options.reading;
	if (isNumeral(word)) return numeralEnding(word);
	if (word.length === 1 && letterNames[word]) return letterNames[word]!;
	return word.toLocaleLowerCase('tr');
}

function lastVowel(spoken: string): string {
	for (let i = spoken.length - 1; i >= 0; i--) {
		const ch = spoken[i]!;
		if (backVowels.includes(ch) || frontVowels.includes(ch)) return ch;
	}
	throw new Error(`Cannot choose a Turkish suffix for "${spoken}": no vowel (pass its reading)`);
}

/** Two-way harmony: a / e. */
function twoWay(vowel: string): string {
	return backVowels.includes(vowel) ? 'a' : 'e';
}

/** Four-way harmony: ı / i / u / ü. */
function fourWay(vowel: string): string {
	const back = backVowels.includes(vowel);
	if (roundedVowels.includes(vowel)) return back ? 'u' : 'ü';
	return back ? 'ı' : 'i';
}

function endsInVowel(spoken: string): boolean {
	const last = spoken.at(-1) ?? '';
	return backVowels.includes(last) || frontVowels.includes(last);
}

/** The ending itself, without apostrophe or softening of the stem. */
function caseEnding(spoken: string, grammaticalCase: TurkishCase, possessive = false): string {
	const vowel = lastVowel(spoken);
	const a = twoWay(vowel);
	const i = fourWay(vowel);
	const vowelFinal = endsInVowel(spoken);
	const d = !vowelFinal && hardConsonants.includes(spoken.at(-1) ?? '') ? 't' : 'd';
	const pronominal = possessive ? 'n' : '';
	switch (grammaticalCase) {
		case 'locative':
			return `${pronominal}${possessive ? 'd' : d}${a}`;
		case 'ablative':
			return `${pronominal}${possessive ? 'd' : d}${a}n`;
		case 'dative':
			return `${possessive ? 'n' : vowelFinal ? 'y' : ''}${a}`;
		case 'accusative':
			return `${possessive ? 'n' : vowelFinal ? 'y' : ''}${i}`;
		case 'genitive':
			return `${vowelFinal ? 'n' : ''}${i}n`;
	}
}

const softened: Record<string, string> = { p: 'b', ç: 'c', t: 'd', k: 'ğ' };

/**
 * Softens the final consonant of a common noun before a vowel: örnek → örneğ-,
 * renk → reng-, kitap → kitab-. By default only words of two or more
 * syllables ending in p, ç or k soften; monosyllables and final t (saat →
 * saati) need `soften: true`.
 */
function softenedStem(word: string, soften: boolean | undefined): string {
	const last = word.at(-1) ?? '';
	const syllables = [...word.toLocaleLowerCase('tr')].filter((ch) => backVowels.includes(ch) || frontVowels.includes(ch)).length;
	const byDefault = syllables >= 2 && 'pçk'.includes(last);
	if (!(soften ?? byDefault) || !softened[last]) return word;
	if (last === 'k' && word.at(-2) === 'n') return `${word.slice(0, -1)}g`;
	return `${word.slice(0, -1)}${softened[last]}`;
}

/** `word` in the given case: withCase('1.000', 'ablative') → "1.000'den", withCase('görevi', 'locative', { possessive: true }) → "görevinde". */
export function withCase(word: string, grammaticalCase: TurkishCase, options: SuffixOptions = {}): string {
	const spoken = spokenForm(word, options);
	const ending = caseEnding(spoken, grammaticalCase, options.possessive);
	if (options.proper || isNumeral(word)) return `${word}'${ending}`;
	const beforeVowel = /^[aıoueiöü]/.test(ending);
	const stem = beforeVowel && !options.possessive ? softenedStem(word, options.soften) : word;
	return `${stem}${ending}`;
}

/** A number formatted the Turkish way and put in a case: (5, 'locative') → "5'te". */
export function numberWithCase(value: number, grammaticalCase: TurkishCase): string {
	return withCase(formatNumber(value, 'tr'), grammaticalCase);
}

import { formatNumber, pluralCategory } from './format.ts';

/**
 * English agreement for generated sentences: "a"/"an" by the sound that
 * follows, and singular/plural nouns after counts.
 */

/** Words spelt with a vowel but said with a consonant sound, and the reverse. */
const consonantSoundPrefixes = ['one', 'once', 'uni', 'use', 'usu', 'user', 'eu', 'ewe', 'ufo'];
const vowelSoundPrefixes = ['hour', 'honest', 'honou', 'heir', 'x-ray'];
/** Letters whose English names start with a vowel sound (an MRI, an SMS, an X-ray). */
const vowelSoundLetters = 'AEFHILMNORSX';

function takesAn(word: string): boolean {
	const lower = word.toLowerCase();
	if (vowelSoundPrefixes.some((p) => lower.startsWith(p))) return true;
	if (consonantSoundPrefixes.some((p) => lower.startsWith(p))) return false;
	const firstToken = word.split(/[\s-]/, 1)[0] ?? '';
	const isAcronym = firstToken.length > 1 && firstToken === firstToken.toUpperCase() && /^[A-Z]+$/.test(firstToken);
	if (isAcronym) return vowelSoundLetters.includes(firstToken[0]!);
	return /^[aeiou]/.test(lower);
}

/** The phrase with its indefinite article: "an audio clip", "a user review", "an ECG trace". */
export function withArticle(phrase: string): string {
	return `${takesAn(phrase) ? 'an' : 'a'} ${phrase}`;
}

export interface NounForms {
	one: string;
	other: string;
}

/** "1 photo", "1,200 photos": the count formatted for English with the agreeing noun. */
export function countOf(count: number, noun: NounForms): string {
	return `${formatNumber(count, 'en')} ${pluralCategory(count, 'en') === 'one' ? noun.one : noun.other}`;
}

/** "twice", "3 times": how many times as many. */
export function timesAsMany(ratio: number): string {
	if (ratio === 2) return 'twice';
	return `${formatNumber(ratio, 'en')} times`;
}

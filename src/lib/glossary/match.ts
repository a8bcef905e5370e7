import { foldCase, foldWithOrigin } from './fold.ts';

/**
 * Finds glossary phrases in running text: case-insensitive with the text's
 * locale, whole words only, and tolerant of inflection after the phrase
 * ("ince ayarı", "layers"), since lessons use terms inside sentences.
 */

/** A phrase to look for and whatever the caller wants back when it is found. */
export interface Phrase<T> {
	text: string;
	value: T;
}

export interface PhraseMatch<T> {
	/** Offsets in the original text; `text.slice(start, end)` is the phrase as written, with its suffix. */
	start: number;
	end: number;
	value: T;
}

const vowel = '[ıiuü]';
const wideVowel = '[ae]';
/**
 * Turkish inflection after a noun: plural, then possessive, then case or
 * copula. Vowel harmony is not checked: the aim is to accept the real forms
 * ("katmanlarının", "aktarmasında", "ağırlığı"), not to reject every wrong one.
 * Listing the suffixes, rather than allowing any letters, keeps "baş" from
 * matching "başka".
 */
const turkishSuffix =
	`(?:['’](?=\\p{L}))?(?:l${wideVowel}r)?` +
	`(?:${vowel}m${vowel}z|${vowel}n${vowel}z|${vowel}m|${vowel}n|s?${vowel}|l${wideVowel}r${vowel})?` +
	`(?:n?d${wideVowel}ki|n?[dt]${wideVowel}n|n?[dt]${wideVowel}|[ny]?${wideVowel}|[ny]?${vowel}n?|n${vowel}n|y?l${wideVowel}|d${vowel}r|t${vowel}r)?`;
const englishSuffix = `(?:'s|’s|es|s)?`;

/** Turkish nouns ending in p, ç, t, k soften before a vowel: ağırlık → ağırlığı. */
const softened: Record<string, string> = { p: 'b', ç: 'c', t: 'd', k: 'ğ' };

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isTurkish(locale: string): boolean {
	return locale.toLowerCase().split('-')[0] === 'tr' || locale.toLowerCase().split('-')[0] === 'az';
}

/**
 * A Turkish compound whose last word carries the possessive ("veri kümesi",
 * "kayıp fonksiyonu") takes its plural on the bare noun: "veri kümeleri".
 * Returns that plural stem ("veri küme"), or undefined for other terms.
 */
function compoundPluralStem(words: readonly string[]): string | undefined {
	const last = words.at(-1) ?? '';
	if (words.length < 2 || !/[ıiuü]$/.test(last)) return undefined;
	const bare = /[aeıioöuü]s[ıiuü]$/.test(last) ? last.slice(0, -2) : last.slice(0, -1);
	return bare.length > 1 ? [...words.slice(0, -1), bare].join(' ') : undefined;
}

/** The regular expression (source) of one folded phrase, without its suffix. */
function phraseBody(folded: string, locale: string): string {
	const words = folded.trim().split(/\s+/);
	const join = (phrase: string) => phrase.split(' ').map(escapeRegExp).join('\\s+');
	let body = join(words.join(' '));
	const last = folded.at(-1) ?? '';
	const turkish = isTurkish(locale);
	const soft = turkish ? softened[last] : undefined;
	if (soft) body = `${body.slice(0, -last.length)}(?:${escapeRegExp(last)}|${soft}(?=${vowel}|${wideVowel}))`;
	const pluralStem = turkish ? compoundPluralStem(words) : undefined;
	if (pluralStem) body = `(?:${body}|${join(pluralStem)}l${wideVowel}r${vowel})`;
	return body;
}

export interface PhraseFinder<T> {
	/**
	 * Every occurrence of any phrase in `text`, in order, without overlaps:
	 * where two phrases start at the same place the longer one wins
	 * ("batch gradient descent" over "gradient descent").
	 */
	find(text: string): PhraseMatch<T>[];
}

export function phraseFinder<T>(phrases: readonly Phrase<T>[], locale: string): PhraseFinder<T> {
	// Longest first: at one position, the alternation tries the longer phrase before the shorter one inside it.
	const usable = phrases
		.filter((phrase) => phrase.text.trim() !== '')
		.map((phrase) => ({ value: phrase.value, folded: foldCase(phrase.text, locale) }))
		.sort((a, b) => b.folded.length - a.folded.length);
	if (usable.length === 0) return { find: () => [] };
	// One expression with a group per phrase: a lesson is scanned once, not once per phrase.
	const alternatives = usable.map((phrase) => `(${phraseBody(phrase.folded, locale)})`).join('|');
	const suffix = isTurkish(locale) ? turkishSuffix : englishSuffix;
	// Leading with the set of first letters lets the engine skip ahead to where a phrase can start.
	const firstLetters = [...new Set(usable.map((phrase) => [...phrase.folded][0]!))].map(escapeRegExp).join('');
	const pattern = new RegExp(`(?=[${firstLetters}])(?<![\\p{L}\\p{N}])(?:${alternatives})${suffix}(?![\\p{L}\\p{N}])`, 'gu');
	return {
		find(text) {
			const { folded, originOf } = foldWithOrigin(text, locale);
			const found: PhraseMatch<T>[] = [];
			for (const match of folded.matchAll(pattern)) {
				const group = match.findIndex((part, index) => index > 0 && part !== undefined);
				found.push({ start: originOf(match.index), end: originOf(match.index + match[0].length), value: usable[group - 1]!.value });
			}
			return found;
		},
	};
}

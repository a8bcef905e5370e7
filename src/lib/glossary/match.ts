import { foldCase, foldWithOrigin } from './fold';

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

/** The regular expression (source) that finds one folded phrase with its suffix. */
function phrasePattern(folded: string, locale: string): string {
	const words = folded.trim().split(/\s+/);
	const join = (phrase: string) => phrase.split(' ').map(escapeRegExp).join('\\s+');
	let body = join(words.join(' '));
	const last = folded.at(-1) ?? '';
	const turkish = isTurkish(locale);
	const soft = turkish ? softened[last] : undefined;
	if (soft) body = `${body.slice(0, -last.length)}(?:${escapeRegExp(last)}|${soft}(?=${vowel}|${wideVowel}))`;
	const pluralStem = turkish ? compoundPluralStem(words) : undefined;
	if (pluralStem) body = `(?:${body}|${join(pluralStem)}l${wideVowel}r${vowel})`;
	const suffix = turkish ? turkishSuffix : englishSuffix;
	return `(?<![\\p{L}\\p{N}])${body}${suffix}(?![\\p{L}\\p{N}])`;
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
	const compiled = phrases
		.filter((phrase) => phrase.text.trim() !== '')
		.map((phrase) => ({ value: phrase.value, pattern: new RegExp(phrasePattern(foldCase(phrase.text, locale), locale), 'gu') }));
	return {
		find(text) {
			const { folded, origin } = foldWithOrigin(text, locale);
			const found: PhraseMatch<T>[] = [];
			for (const { value, pattern } of compiled) {
				pattern.lastIndex = 0;
				for (const match of folded.matchAll(pattern)) {
					found.push({ start: origin[match.index]!, end: origin[match.index + match[0].length]!, value });
				}
			}
			found.sort((a, b) => a.start - b.start || b.end - a.end);
			const chosen: PhraseMatch<T>[] = [];
			for (const match of found) {
				const previous = chosen.at(-1);
				if (!previous || match.start >= previous.end) chosen.push(match);
			}
			return chosen;
		},
	};
}

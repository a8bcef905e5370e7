/**
 * Reads every generated sentence over many seeds, in both languages, and
 * checks it as a proof-reader would: no unfilled placeholder, "a"/"an" by
 * sound, plural nouns after counts, Turkish numerals grouped the Turkish
 * way, and Turkish suffixes after numerals and letters in harmony with how
 * they are read aloud.
 */
import { describe, expect, it } from 'vitest';
import { tasks } from './bank';
import { pipelines } from './end-to-end';
import { renderScenario, scenarioFor, type ScenarioConcept } from './index';

const concepts: ScenarioConcept[] = ['transfer', 'multitask', 'end-to-end'];

function generatedTexts(locale: string): string[] {
	const texts = new Set<string>();
	for (const concept of concepts) {
		for (let seed = 0; seed < 150; seed++) {
			for (let review = 0; review < 10; review++) {
				const r = renderScenario(scenarioFor(concept, seed * 104729 + 3, review), locale);
				for (const text of [r.prompt, r.explanation, ...r.options.flatMap((o) => [o.text, o.feedback])]) texts.add(text);
			}
		}
	}
	return [...texts];
}

const english = generatedTexts('en');
const turkish = generatedTexts('tr');

/** The text without the years of its citations ("et al. 2020", "RSNA 2017"), which are not counts and are never grouped. */
const withoutYears = (text: string) => text.replace(/(et al\.|vd\.|RSNA|RSNA'nın) (?:19|20)\d\d\b/g, '$1 YEAR');

describe.each([
	['en', english],
	['tr', turkish],
])('generated %s text', (_locale, texts) => {
	it('has no unfilled placeholder, stray space or doubled punctuation', () => {
		for (const text of texts) {
			expect(text, text).not.toMatch(/[{}]|undefined|NaN|null|\[object/);
			expect(text, text).not.toMatch(/ {2}|^\s|\s$|\s[.,;:)]|\(\s|[.,;:]{2}/);
			expect(text, text).toMatch(/^[\p{Lu}\d]/u);
			expect(text, text).toMatch(/[.?]$/);
		}
	});
});

/** The article each word after "a"/"an" takes, by its first sound. */
const articleBySound: Record<string, 'a' | 'an'> = {
	'X-ray': 'an', example: 'an', image: 'an', audio: 'an', ECG: 'an', email: 'an', article: 'an', enciphered: 'an', engine: 'an', accelerometer: 'an',
	user: 'a', vibration: 'a', web: 'a', wall: 'a', leaf: 'a', listing: 'a', loan: 'a', customer: 'a', camera: 'a', photo: 'a', recording: 'a',
	low: 'a', network: 'a', lot: 'a', fixed: 'a', wrist: 'a', signal: 'a', table: 'a', age: 'an', 'end-to-end': 'an', song: 'a', satellite: 'a', support: 'a', seismograph: 'a',
	small: 'a', simple: 'a', single: 'a', pretrained: 'a', dictated: 'a', little: 'a', gain: 'a', model: 'a', language: 'a',
};

describe('English agreement', () => {
	it('chooses a or an by the sound of the next word', () => {
		for (const text of english) {
			// Case-sensitive, so the task name "A" ("A and B") is not read as an article.
			for (const [, article, word] of text.matchAll(/\b(a|an|An) ([\w-]+)/g)) {
				expect(articleBySound[word!], `add "${word}" to the table (in: ${text})`).toBeDefined();
				expect(`${article!.toLowerCase()} ${word}`, text).toBe(`${articleBySound[word!]} ${word}`);
			}
		}
	});

	it('puts plural nouns after counts and groups digits with commas', () => {
		const nouns = [...tasks.map((t) => t.unit.en), ...pipelines.map((p) => p.en.pairs)];
		let counted = 0;
		for (const text of english.map(withoutYears)) {
			expect(text, text).not.toMatch(/\d{4}/);
			for (const match of text.matchAll(/(\d[\d,]*) /g)) {
				const count = Number(match[1]!.replaceAll(',', ''));
				const rest = text.slice(match.index + match[0].length);
				const noun = nouns.find((n) => rest.startsWith(n.one));
				if (!noun) continue;
				counted++;
				expect(rest.startsWith(noun.other), text).toBe(count !== 1);
			}
		}
		expect(counted).toBeGreaterThan(1000);
	});
});

/** Full Turkish reading of a number, written independently of the generator's shortcut. */
function spellTurkish(value: number): string {
	const ones = ['', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'];
	const tens = ['', 'on', 'yirmi', 'otuz', 'kırk', 'elli', 'altmış', 'yetmiş', 'seksen', 'doksan'];
	const hundreds = (n: number) => [n >= 200 ? ones[Math.floor(n / 100)] : '', n >= 100 ? 'yüz' : '', tens[Math.floor((n % 100) / 10)], ones[n % 10]];
	const groups: [number, string][] = [[1e9, 'milyar'], [1e6, 'milyon'], [1e3, 'bin']];
	const words: (string | undefined)[] = [];
	let rest = value;
	for (const [size, name] of groups) {
		const group = Math.floor(rest / size);
		if (group > 0) words.push(...(group === 1 && size === 1e3 ? [] : hundreds(group)), name);
		rest %= size;
	}
	words.push(...hundreds(rest));
	return words.filter(Boolean).join(' ');
}

const letterReadings: Record<string, string> = { A: 'a', B: 'be', C: 'ce' };

/** Checks the first syllable of a suffix against the stem's sound: harmony, buffer letters and d/t. */
function suffixProblem(spoken: string, suffix: string): string | undefined {
	const vowels = [...spoken].filter((ch) => 'aıoueiöü'.includes(ch));
	const last = vowels.at(-1)!;
	const firstVowel = [...suffix].find((ch) => 'aıoueiöü'.includes(ch))!;
	const back = 'aıou'.includes(last);
	if (back !== 'aıou'.includes(firstVowel)) return 'front/back harmony';
	if ('ıiuü'.includes(firstVowel) && 'ouöü'.includes(last) !== 'uü'.includes(firstVowel)) return 'rounding harmony';
	const endsInVowel = 'aıoueiöü'.includes(spoken.at(-1)!);
	if (endsInVowel && 'aıoueiöü'.includes(suffix[0]!)) return 'missing buffer letter after a vowel';
	if (!endsInVowel && /^[yn][aeıiuü]$/.test(suffix.slice(0, 2)) && !/^n[ıiuü]n/.test(suffix)) return 'buffer letter after a consonant';
	const hard = 'fstkçşhp'.includes(spoken.at(-1)!);
	if (suffix[0] === 't' && !hard) return 't after a soft sound';
	if (suffix[0] === 'd' && hard) return 'd after a hard consonant';
	return undefined;
}

describe('Turkish', () => {
	it('groups digits with dots and keeps nouns after numbers singular', () => {
		let numbers = 0;
		for (const text of turkish.map(withoutYears)) {
			expect(text, text).not.toMatch(/\d{4}|\d,\d{3}/);
			for (const match of text.matchAll(/\d[\d.]*(?:,\d+)? ([^.,;:()'’]+)/g)) {
				numbers++;
				const phrase = match[1]!.split(/ (?:var|ile|ve|katı)\b/)[0]!;
				expect(phrase, text).not.toMatch(/l[ae]r\b/);
			}
		}
		expect(numbers).toBeGreaterThan(1000);
	});

	it('puts an amount right before the noun it counts, after any clause describing it', () => {
		// "12.611 çocuğun yaşıyla etiketlenmiş el röntgeni" counted children; the amount belongs next to "el röntgeni".
		let described = 0;
		for (const text of turkish) {
			expect(text, text).not.toMatch(/\d[\d.]* (?:\S+ ){0,2}\S+(?:mış|miş|muş|müş)\b/);
			described += text.match(/(?:etiketlenmiş|dökülmüş) \d/g)?.length ?? 0;
		}
		expect(described).toBeGreaterThan(10);
		expect(turkish.some((text) => text.includes('yaşıyla etiketlenmiş 12.611 el röntgeni'))).toBe(true);
	});

	it('spells numbers as expected for the checker itself', () => {
		expect(spellTurkish(1_200_000)).toBe('bir milyon iki yüz bin');
		expect(spellTurkish(1_000)).toBe('bin');
		expect(spellTurkish(40_000)).toBe('kırk bin');
		expect(suffixProblem('beş', 'ten')).toBeUndefined();
		expect(suffixProblem('beş', 'den')).toBe('d after a hard consonant');
		expect(suffixProblem('yüz', 'ün')).toBeUndefined();
		expect(suffixProblem('yüz', 'un')).toBe('front/back harmony');
		expect(suffixProblem('a', 'nın')).toBeUndefined();
		expect(suffixProblem('be', 'e')).toBe('missing buffer letter after a vowel');
	});

	it('suffixes numerals and task letters by how they are read aloud', () => {
		let checked = 0;
		for (const text of turkish) {
			for (const [, stem, suffix] of text.matchAll(/([\d.]+|\b[ABC])'(\p{Ll}+)/gu)) {
				const spoken = /\d/.test(stem!) ? spellTurkish(Number(stem!.replaceAll('.', ''))) : letterReadings[stem!]!;
				expect(suffixProblem(spoken, suffix!), `${stem}'${suffix} in: ${text}`).toBeUndefined();
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(1000);
	});
});

/**
 * A sentence that announces a list by its length ("Three cautions go with
 * it:") must be followed by that many items: the lesson once announced
 * three cautions and listed four, in both languages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
/** Number words from two on, by locale; a list of one is never announced by its length. */
const NUMBER_WORDS: Readonly<Record<string, readonly string[]>> = {
	en: ['two', 'three', 'four', 'five', 'six'],
	tr: ['iki', 'üç', 'dört', 'beş', 'altı'],
};

/** Each list introduced by a paragraph ending in a colon whose last sentence names a number: the numbers named and the items counted. */
function countedLists(text: string, locale: string): { sentence: string; named: number[]; items: number }[] {
	const lists = /([^\n]*(?:\n[^\n\-*\d#][^\n]*)*):\n\n((?:(?:[-*]|\d+\.) [^\n]*\n(?:(?: {2,3}|\t)[^\n]*\n|\n(?=(?:[-*]|\d+\.) ))*)+)/g;
	return [...text.matchAll(lists)].flatMap(([, paragraph, list]) => {
		const sentence = paragraph!.replace(/\s+/g, ' ').trim().split(/(?<=[.!?])\s+/).at(-1)!;
		const lower = sentence.toLocaleLowerCase(locale);
		const named = NUMBER_WORDS[locale]!.flatMap((word, i) => (new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u').test(lower) ? [i + 2] : []));
		return named.length === 0 ? [] : [{ sentence, named, items: list!.match(/^(?:[-*]|\d+\.) /gm)!.length }];
	});
}

function* lessons(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* lessons(path);
		else if (/\.mdx?$/.test(entry.name)) yield path;
	}
}

describe('lists announced by their length', () => {
	it('have as many items as the sentence before them says, in every lesson of both languages', () => {
		let checked = 0;
		for (const locale of Object.keys(NUMBER_WORDS)) {
			for (const path of lessons(join(root, 'content', locale))) {
				for (const list of countedLists(readFileSync(path, 'utf8'), locale)) {
					checked++;
					expect(list.named, `${relative(root, path)}: "${list.sentence}" is followed by ${list.items} items`).toContain(list.items);
				}
			}
		}
		expect(checked).toBeGreaterThan(5);
	});

	it('catch the announcement that once disagreed with its list', () => {
		const text = 'Three cautions go with it:\n\n- **One.** First.\n- **Two.** Second,\n  over two lines.\n- Third.\n- Fourth.\n\nAfter.\n';
		expect(countedLists(text, 'en')).toEqual([{ sentence: 'Three cautions go with it', named: [3], items: 4 }]);
		expect(countedLists('Kılavuzu üç uyarıyla birlikte okuyun:\n\n- Bir.\n- İki.\n- Üç.\n', 'tr')).toEqual([{ sentence: 'Kılavuzu üç uyarıyla birlikte okuyun', named: [3], items: 3 }]);
	});
});

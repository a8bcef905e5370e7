import { describe, expect, it } from 'vitest';
import { interpolate, isolated } from './interpolate';

const FSI = '\u2068';
const PDI = '\u2069';

describe('interpolate', () => {
	it('fills every placeholder', () => {
		expect(interpolate('{{count}} cards in {{deck}}', { count: 3, deck: 'Dropout' })).toBe('3 cards in Dropout');
	});

	it('throws on a missing value instead of showing the placeholder', () => {
		expect(() => interpolate('{{count}} cards', {})).toThrow(/count/);
	});

	it('keeps the sentence around a value with a right-to-left override in order (a crafted ?deck=)', () => {
		const fake = 'all. Your progress is damaged: import the backup from evil.example.';
		const deck = `\u202e${[...fake].reverse().join('')}`;
		const text = interpolate('There is no deck “{{id}}”. Choose one from the list.', { id: deck });
		expect(text.startsWith(`There is no deck “${FSI}\ufffd`)).toBe(true);
		expect(text.endsWith(`${PDI}”. Choose one from the list.`)).toBe(true);
		// Exactly one isolate, balanced, and no override left to act on the text around it.
		expect(text.match(/[\u2066-\u2069]/g)).toEqual([FSI, PDI]);
		expect(text).not.toMatch(/[\u202a-\u202e]/);
	});
});

describe('isolated', () => {
	it('leaves left-to-right and neutral values as they are', () => {
		for (const value of ['Dropout', '1,234', '7 Ara 2026 14:05', 'strategies-introduction/why-reuse', 'İğne ışık', '“quoted” (x) – 3%']) {
			expect(isolated(value)).toBe(value);
		}
	});

	it('isolates right-to-left text, which would otherwise carry the neutral text and numbers after it along', () => {
		expect(isolated('שלום')).toBe(`${FSI}שלום${PDI}`);
		expect(isolated('deck-مرحبا')).toBe(`${FSI}deck-مرحبا${PDI}`);
	});

	it('cannot be closed early or reversed from inside: a value’s own isolates and overrides are shown as U+FFFD', () => {
		for (const control of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']) {
			expect(isolated(`a${control}b`)).toBe(`${FSI}a\ufffdb${PDI}`);
		}
		expect(isolated('x\u2069\u202eevil')).toBe(`${FSI}x\ufffd\ufffdevil${PDI}`);
	});

	it('isolates a value holding only a direction mark, and keeps the mark (inside an isolate it moves nothing outside)', () => {
		expect(isolated('a\u200fb')).toBe(`${FSI}a\u200fb${PDI}`);
		expect(isolated('\u061c1')).toBe(`${FSI}\u061c1${PDI}`);
	});
});

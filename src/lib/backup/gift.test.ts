import { describe, expect, it } from 'vitest';
import { HOSTILE, hostileDeck, questionFor } from './export-fixtures';
import { escapeGift, giftText } from './gift';

/** Undoes escapeGift, to show that nothing is lost. */
function unescape(text: string): string {
	return text
		.replace(/<br>/g, '\n')
		.replace(/\\([\\~=#{}:])/g, '$1')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** Special characters that are not escaped by a backslash. */
function bareSpecials(text: string): string[] {
	return text.replace(/\\[\\~=#{}:]/g, '').match(/[~=#{}:]/g) ?? [];
}

describe('escapeGift', () => {
	it('escapes GIFT specials and HTML, and keeps everything on one line', () => {
		const escaped = escapeGift(HOSTILE);
		expect(escaped.replace(/<br>/g, '')).not.toMatch(/[\n<>]/);
		expect(escaped).toContain('&lt;script&gt;');
		expect(bareSpecials(escaped)).toEqual([]);
		expect(unescape(escaped)).toBe(HOSTILE);
	});
});

describe('giftText', () => {
	const text = giftText(hostileDeck, questionFor, 'en');
	const blocks = text.trimEnd().split('\n\n');

	it('writes one block per card after the category, no blank line inside a question', () => {
		expect(blocks).toHaveLength(6);
		expect(blocks[0]).toBe(`// Deck with ${HOSTILE.replace(/\s+/g, ' ')}\n$CATEGORY: hostile`);
	});

	it('writes a flashcard as an essay with the back as general feedback', () => {
		expect(blocks[1]).toBe(`::hostile/flash::[html]${escapeGift(`#${HOSTILE}`)}{####${escapeGift(HOSTILE)}}`);
	});

	it('writes one right answer with = and ~, feedback after #, and general feedback', () => {
		expect(blocks[2]).toBe(
			[`::hostile/one::[html]${escapeGift(HOSTILE)}{`, '\t=right \\{1\\}#yes\\: because', '\t~wrong \\~2', '\t####why \\= this', '}'].join('\n'),
		);
	});

	it('writes several right answers with percentages that sum to 100, wrong ones negative', () => {
		expect(blocks[3]).toBe(['::hostile/many::[html]Pick two{', '\t~%50%A', '\t~%50%B', '\t~%-100%C', '}'].join('\n'));
	});

	it('writes true/false as {T} or {F} with feedback', () => {
		expect(blocks[4]).toBe('::hostile/tf::[html]Dropout \\# helps{F#It \\{depends\\}#It \\{depends\\}}');
	});

	it('writes a generated scenario as a several-answer question', () => {
		expect(blocks[5]).toMatch(/^::hostile\/scenario::\[html\][^\n]+\{\n(\t~%-?[\d.]+%[^\n]+\n)+\t####[^\n]+\n\}$/);
	});

	it('leaves exactly one pair of answer braces per question unescaped', () => {
		for (const block of blocks.slice(1)) {
			const bare = bareSpecials(block.replace(/^::[^\n]*?::\[html\]/, ''));
			expect(bare.filter((character) => character === '{')).toHaveLength(1);
			expect(bare.filter((character) => character === '}')).toHaveLength(1);
		}
	});
});

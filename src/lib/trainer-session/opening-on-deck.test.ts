import { describe, expect, it } from 'vitest';
import { OPENING_ON_DECK, openingOnDeckScript } from './opening-on-deck';

/** Runs the head script against a stand-in document at `search`; returns the attributes it set. */
function runAt(search: string): Map<string, string> {
	const attributes = new Map<string, string>();
	const documentElement = { setAttribute: (name: string, value: string) => attributes.set(name, value) };
	new Function('location', 'document', openingOnDeckScript)({ search }, { documentElement });
	return attributes;
}

describe('openingOnDeckScript', () => {
	it('marks the document when the address names a deck', () => {
		expect(runAt('?deck=transfer-learning').has(OPENING_ON_DECK)).toBe(true);
		expect(runAt('?bench=100&deck=all').has(OPENING_ON_DECK)).toBe(true);
	});

	it('leaves the deck list alone otherwise', () => {
		expect(runAt('').size).toBe(0);
		expect(runAt('?bench=100').size).toBe(0);
		expect(runAt('?decks=transfer-learning').size).toBe(0);
	});
});

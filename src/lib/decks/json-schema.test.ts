import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deckJsonSchemas } from './json-schema';

const quizzes = fileURLToPath(new URL('../../../quizzes/', import.meta.url));

describe('the committed JSON Schemas', () => {
	it.each(Object.entries(deckJsonSchemas()))('quizzes/%s matches the zod schema (run npm run deck-schema after changing it)', (name, generated) => {
		expect(readFileSync(`${quizzes}${name}`, 'utf8')).toBe(generated);
	});

	it('describe the deck files', () => {
		const deck = JSON.parse(deckJsonSchemas()['deck.schema.json']!) as { properties: Record<string, unknown>; required: string[] };
		expect(Object.keys(deck.properties)).toEqual(['id', 'lesson', 'cards', 'generate']);
		expect(deck.required).toEqual(['id', 'lesson']);
	});
});

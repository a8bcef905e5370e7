/** The JSON Schemas editors use to check deck files as they are written (see scripts/deck-schema.mjs). */
import { z } from 'zod';
import { deckStructureSchema, deckTextsSchema } from './schema';

/** File name under quizzes/ → JSON text (with a trailing newline, as committed). */
export function deckJsonSchemas(): Record<string, string> {
	const render = (schema: z.ZodType) => `${JSON.stringify(z.toJSONSchema(schema, { io: 'input' }), null, '\t')}\n`;
	return { 'deck.schema.json': render(deckStructureSchema), 'texts.schema.json': render(deckTextsSchema) };
}

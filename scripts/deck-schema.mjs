// `npm run deck-schema`: writes the JSON Schemas of the deck format
// (quizzes/deck.schema.json, quizzes/texts.schema.json) from the zod schemas in
// src/lib/decks/schema.ts, so editors check deck files as they are written.
// Runs the TypeScript through Vite's module runner, which Astro already installs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(join(root, 'src/lib/decks/json-schema.ts'), { root, configFile: false, logLevel: 'error' });
for (const [name, text] of Object.entries(module.deckJsonSchemas())) {
	writeFileSync(join(root, 'quizzes', name), text);
	console.log(`wrote quizzes/${name}`);
}

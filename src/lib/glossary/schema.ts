import { z } from 'zod';
import { sourceHashFormatMessage, sourceHashPattern } from '../i18n-status/hash-format.ts';

/**
 * The shape of the glossary's files under `content/glossary/`:
 * `terms.yaml` lists the concepts (locale-neutral), `<locale>.yaml` gives
 * each concept's wording in one language. A translator adds a language by
 * adding one file.
 */

/** Stable id of a concept: also its anchor on the glossary page and its card id in the trainer. */
export const conceptId = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens (e.g. "fine-tuning")');

/** A lesson as its path under `content/<locale>/` without extension: `strategies/transfer-learning`, `regularization`. */
export const lessonId = z
	.string()
	.regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/, 'write a lesson as its path under content/<locale>/ without extension, e.g. "strategies/transfer-learning"');

/** Text a field must have; `term:` with nothing after it reads as null, which is said as such. */
const text = (field: string) =>
	z
		.string({ error: (issue) => (issue.input === null ? `empty; write the text after "${field}:"` : issue.input === undefined ? 'missing' : 'expected text') })
		.trim()
		.min(1, 'must not be empty');

export const conceptSchema = z.strictObject({
	id: conceptId,
	/** Lessons that use the concept, linked from its entry. */
	lessons: z.array(lessonId).default([]),
});


export const localeEntrySchema = z.strictObject({
	id: conceptId,
	/** The canonical term: the one lessons must use. */
	term: text('term').max(80, 'keep a term under 80 characters'),
	/** Variants seen in the literature; `npm run lint:terms` flags them in lessons. */
	alternatives: z.array(text('alternatives')).default([]),
	/** One or two sentences, plain text. */
	definition: text('definition').max(400, 'keep a definition under 400 characters: it is shown in a tooltip'),
	/** In a translation: the hash of the English entry it was made from, for `npm run i18n:status`. */
	sourceHash: z.string().regex(sourceHashPattern, sourceHashFormatMessage).optional(),
});


export type Concept = z.infer<typeof conceptSchema>;
export type LocaleEntry = z.infer<typeof localeEntrySchema>;

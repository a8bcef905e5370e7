/**
 * The deck format of `quizzes/`, as zod schemas. A deck is a folder:
 * `deck.yaml` holds what does not depend on language (card ids, kinds,
 * correct answers, lesson links) and `<locale>.yaml` holds the texts, keyed
 * by card id, so a translator adds a locale by adding one file per deck.
 * `npm run deck-schema` turns these schemas into JSON Schemas for editors.
 */
import { z } from 'zod';
import { CONCEPTS } from '../conditions/conditions.ts';
import { MANIPULATION_IDS } from '../conditions/manipulations.ts';
import { sourceHashFormatMessage, sourceHashPattern } from '../i18n-status/hash-format.ts';

const expectedText = { error: 'expected text' };
const text = z.string(expectedText).trim().min(1, expectedText);

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z
	.string({ error: 'expected an id' })
	.regex(idPattern, { error: 'expected an id of lowercase letters, digits and single hyphens (e.g. "conditions-input")' });
const lessonPath = z
	.string({ error: 'expected a lesson path' })
	.regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/, { error: 'expected a lesson path under content/<locale>/ without extension (e.g. "strategies/transfer-learning")' })
	.meta({ description: 'Lesson path under content/<locale>/ without locale or extension, e.g. strategies/transfer-learning.' });

const cardBase = {
	id: id.meta({ description: 'Stable card id, unique in the deck. Progress is stored under deck/id: never rename it.' }),
	lesson: lessonPath.optional().meta({ description: "The lesson the card drills; defaults to the deck's lesson." }),
	section: id.optional().meta({ description: 'Heading id in that lesson ({#id}), e.g. same-input.' }),
};

const option = z.strictObject({
	id,
	correct: z.boolean({ error: 'expected true or false' }),
	condition: id.optional().meta({ description: "A condition id of the card's concept (src/lib/conditions): the option states that condition, in the shared wording, so its text comes from src/i18n/<locale>/conditions.json." }),
});

const conditionQuestion = z
	.strictObject({
		concept: z.enum(CONCEPTS, { error: `expected one of ${CONCEPTS.join(', ')}` }),
		brokenBy: z.enum(MANIPULATION_IDS, { error: `expected one of ${MANIPULATION_IDS.join(', ')}` }).optional(),
	})
	.meta({
		description:
			'The card asks about the conditions of a concept. With brokenBy (a manipulation of task B, transfer only) it asks which conditions that change breaks: an option naming a condition is correct exactly when the manipulation breaks it. Without, it asks which conditions are needed: every option naming a condition is correct.',
	});

export const cardStructureSchema = z.discriminatedUnion(
	'kind',
	[
		z.strictObject({ ...cardBase, kind: z.literal('flashcard') }).meta({ description: 'Front and back; the learner rates themselves.' }),
		z
			.strictObject({
				...cardBase,
				kind: z.literal('choice'),
				multiple: z.boolean({ error: 'expected true or false' }).meta({ description: 'true: every correct option must be picked; false: exactly one option is correct.' }),
				conditions: conditionQuestion.optional(),
				options: z.array(option).min(2, { error: 'expected at least 2 options' }),
			})
			.meta({ description: 'Multiple choice with feedback per option.' }),
		z.strictObject({ ...cardBase, kind: z.literal('truefalse'), answer: z.boolean({ error: 'expected true or false' }) }).meta({ description: 'A statement that is true or false.' }),
		z
			.strictObject({ ...cardBase, kind: z.literal('scenario'), concept: z.enum(['transfer', 'multitask', 'end-to-end']) })
			.meta({ description: 'A generated scenario, different at each review; no texts needed.' }),
	],
	{ error: 'expected kind to be one of flashcard, choice, truefalse, scenario' },
);

export const deckStructureSchema = z
	.strictObject({
		id: id.meta({ description: 'The deck id: the same as its folder name.' }),
		lesson: lessonPath,
		cards: z.array(cardStructureSchema).optional(),
		generate: z.literal('glossary').optional().meta({ description: 'Build the cards from content/glossary instead of listing them.' }),
	})
	.meta({ title: 'Deck (quizzes/<deck>/deck.yaml)', description: 'Card ids, kinds, correct answers and lesson links. Texts live in <locale>.yaml beside it.' });

const sourceHash = z
	.string()
	.regex(sourceHashPattern, { error: sourceHashFormatMessage })
	.meta({ description: 'In a translation: the hash of the English texts it was made from, as printed by npm run i18n:status.' });

const optionTexts = z.strictObject({ text: text.optional(), feedback: text.optional() });

export const cardTextsSchema = z.strictObject({
	front: text.optional(),
	back: text.optional(),
	prompt: text.optional(),
	statement: text.optional(),
	explanation: text.optional(),
	options: z.record(id, optionTexts, { error: 'expected texts keyed by option id' }).optional(),
	sourceHash: sourceHash.optional(),
});

export const deckTextsSchema = z
	.strictObject({
		title: text.optional(),
		description: text.optional(),
		/** Covers title, description and glossaryPrompts; each card records its own. */
		sourceHash: sourceHash.optional(),
		cards: z.record(id, cardTextsSchema, { error: 'expected texts keyed by card id' }).optional(),
		glossaryPrompts: z
			.strictObject({
				translate: text.meta({ description: 'Front of a term-translation card; {term} and {language} are filled in.' }),
				define: text.meta({ description: 'Front of a term-definition card; {term} is filled in.' }),
			})
			.optional(),
	})
	.meta({
		title: 'Deck texts (quizzes/<deck>/<locale>.yaml)',
		description: 'The texts of one locale, keyed by card id. Missing texts fall back to English (en.yaml must be complete).',
	});

export type DeckStructure = z.infer<typeof deckStructureSchema>;
export type CardStructure = z.infer<typeof cardStructureSchema>;
export type DeckTexts = z.infer<typeof deckTextsSchema>;
export type CardTexts = z.infer<typeof cardTextsSchema>;

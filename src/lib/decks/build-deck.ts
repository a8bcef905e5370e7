/**
 * Builds a Deck from the parsed files of one `quizzes/<deck>/` folder,
 * collecting every problem (naming file, card and field) instead of
 * stopping at the first, and listing the texts a locale still lacks.
 */
import { nearestField } from '../content/schema-fields.ts';
import { conditionKey, isCondition, type Concept, type ConditionId } from '../conditions/conditions.ts';
import { capitalise, type Strings } from '../conditions/wording.ts';
import { checkStructure, type LessonIndex } from './check-structure.ts';
import { placeIn, problem, schemaProblems, type LocatedFile } from './issues.ts';
import { deckStructureSchema, deckTextsSchema, type CardStructure, type CardTexts, type DeckTexts } from './schema.ts';
import { termCards, type TermPrompts, type TermSource } from './terms-deck.ts';
import type { Card, Deck, LocalizedText } from './types.ts';

export interface DeckFile extends LocatedFile {
	/** Path shown in messages, e.g. `quizzes/transfer-learning/tr.yaml`. */
	path: string;
	/** The parsed YAML. */
	data: unknown;
}

export interface DeckFolder {
	/** The folder's path from the project root, e.g. `quizzes/transfer-learning`; its name must equal the deck id. */
	path: string;
	structure: DeckFile;
	/** `<locale>.yaml` files by locale code. */
	texts: Record<string, DeckFile>;
}

export interface BuildContext {
	sourceLocale: string;
	/** Locales the site is built in; a texts file for any other locale is a mistake. */
	locales: readonly string[];
	/** The BCP 47 tag of each locale code. */
	tags: Readonly<Record<string, string>>;
	lessons: LessonIndex;
	/** The glossary's concepts, for decks that say `generate: glossary`. */
	glossary: () => TermSource[];
	/** A locale's interface strings (src/i18n/<locale>/*.json), where the shared wording of the conditions lives. */
	strings: (locale: string) => Strings;
}

/** A text a locale does not have yet (it shows in English), for the translation-status tool. */
export interface MissingText {
	deck: string;
	locale: string;
	/** The file that should have it. */
	file: string;
	card?: string;
	field: string;
}

export interface DeckBuild {
	deck?: Deck;
	problems: string[];
	missing: MissingText[];
}

type TextField = 'front' | 'back' | 'prompt' | 'statement' | 'explanation';
const allowedFields: Record<CardStructure['kind'], (TextField | 'options')[]> = {
	flashcard: ['front', 'back'],
	choice: ['prompt', 'explanation', 'options'],
	truefalse: ['statement', 'explanation'],
	scenario: [],
};

/** The text at "front" or "options.b.feedback" of a card's texts. */
function textAt(texts: CardTexts | undefined, field: string): string | undefined {
	const [first, optionId, optionField] = field.split('.');
	if (first === 'options') return texts?.options?.[optionId!]?.[optionField as 'text' | 'feedback'];
	return texts?.[first as TextField];
}

/**
 * Texts of one card that deck.yaml does not ask for. A card or option id
 * one slip away from one this file has no texts for is taken as meant for
 * it: the id goes into `meant` (`card` or `card/option`), whose missing
 * texts are then this one mistake, not more problems.
 */
function unexpectedTexts(cards: readonly CardStructure[], cardId: string, fileCards: Readonly<Record<string, CardTexts>>, file: LocatedFile, meant: Set<string>): string[] {
	const at = (...field: string[]) => placeIn(file, ['cards', cardId, ...field]);
	const texts = fileCards[cardId]!;
	const card = cards.find((c) => c.id === cardId);
	if (!card) {
		const intended = nearestField(cardId, cards.map((c) => c.id).filter((id) => !(id in fileCards)));
		if (intended) meant.add(intended);
		return [problem(at(), cardId, '', `no card with this id in deck.yaml${intended ? `; did you mean "${intended}"?` : ''}`)];
	}
	const problems = Object.keys(texts)
		// sourceHash is the translation-status record (docs/translating.md), allowed on every kind of card.
		.filter((field) => field !== 'sourceHash' && !(allowedFields[card.kind] as string[]).includes(field))
		.map((field) => problem(at(field), card.id, field, `a ${card.kind} card has no ${field}`));
	if (card.kind === 'choice') {
		const known = new Map(card.options.map((o) => [o.id, o]));
		for (const [optionId, optionTexts] of Object.entries(texts.options ?? {})) {
			const option = known.get(optionId);
			if (!option) {
				const intended = nearestField(optionId, card.options.map((o) => o.id).filter((id) => !(id in (texts.options ?? {}))));
				if (intended) meant.add(`${card.id}/${intended}`);
				problems.push(problem(at('options', optionId), card.id, `options.${optionId}`, `no option with this id in deck.yaml${intended ? `; did you mean "${intended}"?` : ''}`));
			}
			else if (option.condition !== undefined && optionTexts.text !== undefined) {
				problems.push(problem(at('options', optionId, 'text'), card.id, `options.${optionId}.text`, `this option states the condition "${option.condition}", whose wording comes from src/i18n/<locale>/conditions.json: leave the text out`));
			}
		}
	}
	return problems;
}

/** What the term cards fill into each prompt (terms-deck.ts). */
const promptPlaceholders: Record<keyof TermPrompts, string[]> = { translate: ['term', 'language'], define: ['term'] };

export function buildDeck(folder: DeckFolder, context: BuildContext): DeckBuild {
	const problems: string[] = [];
	const missing: MissingText[] = [];
	const parsed = deckStructureSchema.safeParse(folder.structure.data ?? {});
	if (!parsed.success) return { problems: schemaProblems(folder.structure, parsed.error, deckStructureSchema), missing };
	const structure = parsed.data;
	const folderName = folder.path.slice(folder.path.lastIndexOf('/') + 1);
	problems.push(...checkStructure(structure, folderName, folder.structure, context.lessons));
	// The texts are checked against deck.yaml's cards: with a mistake there, they would only echo it.
	if (problems.length > 0) return { problems, missing };

	const fileOf = (locale: string): LocatedFile => folder.texts[locale] ?? { path: `${folder.path}/${locale}.yaml` };
	const texts = new Map<string, DeckTexts>();
	if (!folder.texts[context.sourceLocale]) problems.push(problem(fileOf(context.sourceLocale).path, undefined, '', 'missing: every deck needs its source-locale texts'));
	for (const [locale, file] of Object.entries(folder.texts)) {
		if (!context.locales.includes(locale)) {
			problems.push(problem(file.path, undefined, '', `"${locale}" is not a site locale (${context.locales.join(', ')})`));
			continue;
		}
		const parsedTexts = deckTextsSchema.safeParse(file.data ?? {});
		if (parsedTexts.success) texts.set(locale, parsedTexts.data);
		else problems.push(...schemaProblems(file, parsedTexts.error, deckTextsSchema));
	}

	/** Cards and options (`card/option`) of the source texts whose ids are misspelt there: reported once, as misspelt. */
	const misspelt = new Set<string>();
	/** One text in every locale; English must have it, other locales fall back and are reported. */
	const localized = (read: (t: DeckTexts) => string | undefined, card: string | undefined, field: string): LocalizedText => {
		const out: LocalizedText = {};
		for (const locale of context.locales) {
			const own = texts.get(locale);
			const value = own ? read(own) : undefined;
			if (value !== undefined) out[locale] = value;
			else if (locale === context.sourceLocale) {
				const option = /^options\.([^.]+)\./.exec(field)?.[1];
				if (own && !misspelt.has(card ?? '') && !misspelt.has(`${card}/${option}`)) problems.push(problem(placeIn(fileOf(locale), [...(card ? ['cards', card] : []), ...field.split('.')]), card, field, 'expected text'));
			} else missing.push({ deck: structure.id, locale, file: fileOf(locale).path, ...(card ? { card } : {}), field });
		}
		return out;
	};

	/** A condition as an option states it, in every locale's shared wording ("A and B have the same kind of input x"). */
	const conditionStatement = (concept: Concept, id: ConditionId): LocalizedText => {
		const key = conditionKey(concept, id);
		return Object.fromEntries(context.locales.flatMap((locale) => {
			const wording = context.strings(locale)[key];
			return wording === undefined ? [] : [[locale, capitalise(wording, context.tags[locale] ?? locale)]];
		}));
	};

	const cards = structure.cards ?? [];
	for (const [locale, deckTexts] of texts) {
		for (const cardId of Object.keys(deckTexts.cards ?? {})) {
			problems.push(...unexpectedTexts(cards, cardId, deckTexts.cards!, fileOf(locale), locale === context.sourceLocale ? misspelt : new Set()));
		}
	}

	const deck: Deck = {
		id: structure.id,
		title: localized((t) => t.title, undefined, 'title'),
		description: localized((t) => t.description, undefined, 'description'),
		cards: cards.map((card): Card => {
			const ref = { deck: structure.id, id: card.id, lesson: card.lesson ?? structure.lesson, ...(card.section ? { section: card.section } : {}) };
			const text = (field: string) => localized((t) => textAt(t.cards?.[card.id], field), card.id, field);
			switch (card.kind) {
				case 'flashcard':
					return { ...ref, kind: 'flashcard', front: text('front'), back: text('back') };
				case 'choice': {
					// The explanation is optional, but once English has one, other locales are expected to translate it.
					const hasExplanation = texts.get(context.sourceLocale)?.cards?.[card.id]?.explanation !== undefined;
					const prompt = text('prompt');
					const options = card.options.map((o) => ({
						id: o.id,
						correct: o.correct,
						// An option naming a condition states it in the shared wording; a bad name is already a problem of deck.yaml.
						text: o.condition === undefined ? text(`options.${o.id}.text`) : card.conditions && isCondition(card.conditions.concept, o.condition) ? conditionStatement(card.conditions.concept, o.condition) : {},
						feedback: text(`options.${o.id}.feedback`),
					}));
					return { ...ref, kind: 'choice', multiple: card.multiple, prompt, options, ...(hasExplanation ? { explanation: text('explanation') } : {}) };
				}
				case 'truefalse':
					return { ...ref, kind: 'truefalse', answer: card.answer, statement: text('statement'), explanation: text('explanation') };
				case 'scenario':
					return { ...ref, kind: 'scenario', concept: card.concept };
			}
		}),
	};

	if (structure.generate === 'glossary') {
		const prompts = (field: keyof TermPrompts) => {
			const texts = localized((t) => t.glossaryPrompts?.[field], undefined, `glossaryPrompts.${field}`);
			// A placeholder the cards do not fill in would show on every term card as written.
			const allowed = promptPlaceholders[field];
			for (const [locale, text] of Object.entries(texts)) {
				const unknown = [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).find((name) => !allowed.includes(name));
				if (unknown) problems.push(problem(placeIn(fileOf(locale), ['glossaryPrompts', field]), undefined, `glossaryPrompts.${field}`, `{${unknown}} is not filled in; use ${allowed.map((name) => `{${name}}`).join(' and ')}, spelled as in the ${context.sourceLocale} file`));
			}
			return texts;
		};
		const settings = { deck: structure.id, lesson: structure.lesson, source: context.sourceLocale, locales: context.locales, tags: context.tags };
		deck.cards.push(...termCards({ ...settings, translate: prompts('translate'), define: prompts('define') }, context.glossary()));
	}
	return problems.length ? { problems, missing } : { deck, problems, missing };
}

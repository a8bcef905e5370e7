import { describe, expect, it } from 'vitest';
import { buildDeck, type BuildContext, type DeckFolder } from './build-deck';
import type { TermSource } from './terms-deck';
import { trimDeckToLocale } from '../trainer-session/trim-deck';

const lessons: BuildContext['lessons'] = (lesson) =>
	lesson === 'strategies/transfer-learning' ? { file: 'content/en/strategies/transfer-learning.mdx', ids: new Set(['same-input', 'definition']) } : undefined;

const context: BuildContext = { sourceLocale: 'en', locales: ['en', 'tr'], tags: { en: 'en', tr: 'tr' }, lessons, glossary: () => [], strings: () => ({}) };

function folder(structure: unknown, texts: Record<string, unknown>): DeckFolder {
	const path = 'quizzes/transfer-learning';
	return {
		path,
		structure: { path: `${path}/deck.yaml`, data: structure },
		texts: Object.fromEntries(Object.entries(texts).map(([locale, data]) => [locale, { path: `${path}/${locale}.yaml`, data }])),
	};
}

const structure = {
	id: 'transfer-learning',
	lesson: 'strategies/transfer-learning',
	cards: [
		{ id: 'definition', kind: 'flashcard', section: 'definition' },
		{ id: 'conditions-input', kind: 'choice', section: 'same-input', multiple: false, options: [{ id: 'a', correct: true }, { id: 'b', correct: false }] },
		{ id: 'l2-sign', kind: 'truefalse', answer: false },
		{ id: 'scenario', kind: 'scenario', concept: 'transfer' },
	],
};

const english = {
	title: 'Transfer learning',
	description: 'About transfer.',
	cards: {
		definition: { front: 'What is it?', back: 'Reuse.' },
		'conditions-input': { prompt: 'Which?', options: { a: { text: 'Input', feedback: 'Yes' }, b: { text: 'Output', feedback: 'No' } } },
		'l2-sign': { statement: 'Minus.', explanation: 'Plus.' },
	},
};

describe('buildDeck', () => {
	it('builds cards with texts per locale and lesson links', () => {
		const turkish = { title: 'Öğrenme aktarması', description: 'Aktarım.', cards: { definition: { front: 'Nedir?', back: 'Yeniden kullanım.' } } };
		const { deck, problems } = buildDeck(folder(structure, { en: english, tr: turkish }), context);
		expect(problems).toEqual([]);
		expect(deck?.title).toEqual({ en: 'Transfer learning', tr: 'Öğrenme aktarması' });
		expect(deck?.cards[0]).toEqual({
			deck: 'transfer-learning', id: 'definition', lesson: 'strategies/transfer-learning', section: 'definition', kind: 'flashcard',
			front: { en: 'What is it?', tr: 'Nedir?' }, back: { en: 'Reuse.', tr: 'Yeniden kullanım.' },
		});
		expect(deck?.cards[1]).toMatchObject({ kind: 'choice', multiple: false, options: [{ id: 'a', correct: true, text: { en: 'Input' } }, { id: 'b', correct: false }] });
		expect(deck?.cards[3]).toEqual({ deck: 'transfer-learning', id: 'scenario', lesson: 'strategies/transfer-learning', kind: 'scenario', concept: 'transfer' });
	});

	it('falls back to English for missing translations and reports each missing text', () => {
		const { deck, missing } = buildDeck(folder(structure, { en: english, tr: { title: 'Aktarım' } }), context);
		expect(deck?.cards[0]).toMatchObject({ front: { en: 'What is it?' } });
		expect(missing).toContainEqual({ deck: 'transfer-learning', locale: 'tr', file: 'quizzes/transfer-learning/tr.yaml', card: 'conditions-input', field: 'options.b.feedback' });
		expect(missing).toContainEqual({ deck: 'transfer-learning', locale: 'tr', file: 'quizzes/transfer-learning/tr.yaml', field: 'description' });
		expect(missing.filter((m) => m.card === 'scenario')).toEqual([]);
		expect(buildDeck(folder(structure, { en: english }), context).missing).toHaveLength(11);
	});

	it('names file, card and field for bad or missing text', () => {
		const turkish = { cards: { 'conditions-input': { options: { b: { feedback: '' } } } } };
		const withoutFeedback = structuredClone(english);
		delete (withoutFeedback.cards['conditions-input'].options.a as { feedback?: string }).feedback;
		const { deck, problems } = buildDeck(folder(structure, { en: withoutFeedback, tr: turkish }), context);
		expect(deck).toBeUndefined();
		expect(problems).toEqual([
			'quizzes/transfer-learning/tr.yaml: card "conditions-input": options.b.feedback: expected text',
			'quizzes/transfer-learning/en.yaml: card "conditions-input": options.a.feedback: expected text',
		]);
	});

	it('rejects texts for unknown cards, unknown options and fields a kind does not have', () => {
		const en = structuredClone(english) as { cards: Record<string, unknown> };
		en.cards.ghost = { front: 'Boo' };
		en.cards.definition = { front: 'F', back: 'B', prompt: 'P' };
		en.cards['conditions-input'] = { ...english.cards['conditions-input'], options: { ...english.cards['conditions-input'].options, z: { text: 'Z' } } };
		expect(buildDeck(folder(structure, { en }), context).problems).toEqual([
			'quizzes/transfer-learning/en.yaml: card "definition": prompt: a flashcard card has no prompt',
			'quizzes/transfer-learning/en.yaml: card "conditions-input": options.z: no option with this id in deck.yaml',
			'quizzes/transfer-learning/en.yaml: card "ghost": no card with this id in deck.yaml',
		]);
	});

	it('checks ids, answers and lesson links in deck.yaml, and the texts only once deck.yaml is right', () => {
		const bad = {
			id: 'transfer',
			lesson: 'strategies/transfer-learning',
			cards: [
				{ id: 'one', kind: 'flashcard', section: 'no-such-heading' },
				{ id: 'one', kind: 'flashcard', lesson: 'strategies/nowhere' },
				{ id: 'pick', kind: 'choice', multiple: false, options: [{ id: 'a', correct: true }, { id: 'a', correct: true }] },
				{ id: 'many', kind: 'choice', multiple: true, options: [{ id: 'a', correct: false }, { id: 'b', correct: false }] },
			],
		};
		expect(buildDeck(folder(bad, { en: {} }), context).problems).toEqual([
			'quizzes/transfer-learning/deck.yaml: id: expected "transfer-learning", the name of the deck\'s folder',
			'quizzes/transfer-learning/deck.yaml: card "one": id: another card in this deck has the same id',
			'quizzes/transfer-learning/deck.yaml: card "one": lesson: no lesson "strategies/nowhere" (looked for content/en/strategies/nowhere.md, .mdx or strategies/nowhere/index.md, .mdx); write the lesson\'s path under content/en/ without extension',
			'quizzes/transfer-learning/deck.yaml: card "pick": options: option id "a" is used twice',
			'quizzes/transfer-learning/deck.yaml: card "pick": options: a single-answer card needs exactly 1 correct option, found 2',
			'quizzes/transfer-learning/deck.yaml: card "many": options: a multiple-answer card needs at least 1 correct option',
			'quizzes/transfer-learning/deck.yaml: card "one": section: no heading with id "no-such-heading" in content/en/strategies/transfer-learning.mdx',
		]);
	});

	it('reports schema errors by card id and field, and files for locales the site lacks', () => {
		const broken = { ...structure, cards: [{ id: 'x', kind: 'quiz' }, { id: 'y', kind: 'truefalse', answer: 'no' }] };
		expect(buildDeck(folder(broken, { en: english }), context).problems).toEqual([
			'quizzes/transfer-learning/deck.yaml: card "x": kind: expected kind to be one of flashcard, choice, truefalse, scenario',
			'quizzes/transfer-learning/deck.yaml: card "y": answer: expected true or false; write false ("no" is text to YAML)',
		]);
		expect(buildDeck(folder(structure, { en: english, de: {} }), context).problems).toEqual(['quizzes/transfer-learning/de.yaml: "de" is not a site locale (en, tr)']);
		expect(buildDeck(folder(structure, { tr: {} }), context).problems[0]).toBe('quizzes/transfer-learning/en.yaml: missing: every deck needs its source-locale texts');
	});
});

describe('a deck generated from the glossary', () => {
	const glossary: TermSource[] = [
		{ id: 'fine-tuning', terms: { en: 'Fine-tuning', tr: 'İnce ayar' }, definitions: { en: 'Training the top layers too.', tr: 'Üst katmanları da eğitmek.' }, untranslated: [] },
		{ id: 'epoch', terms: { en: 'Epoch', tr: 'Epoch' }, definitions: { en: 'One pass.', tr: 'One pass.' }, untranslated: ['tr'] },
	];
	const termsContext: BuildContext = { ...context, lessons: () => ({ file: 'content/en/glossary.mdx', ids: new Set() }), glossary: () => glossary };
	const texts = (translate: string, define: string, title: string) => ({ title, description: title, glossaryPrompts: { translate, define } });
	const terms = {
		path: 'quizzes/terms',
		structure: { path: 'quizzes/terms/deck.yaml', data: { id: 'terms', lesson: 'glossary', generate: 'glossary' } },
		texts: {
			en: { path: 'quizzes/terms/en.yaml', data: texts('What is “{term}” in {language}?', 'What does “{term}” mean?', 'Terms') },
			tr: { path: 'quizzes/terms/tr.yaml', data: texts('“{term}” teriminin {language} karşılığı nedir?', '“{term}” ne demektir?', 'Terimler') },
		},
	};

	it('drills each term both ways and term → definition, with stable ids and links to the glossary entry', () => {
		const { deck, problems } = buildDeck(terms, termsContext);
		expect(problems).toEqual([]);
		expect(deck?.cards.map((c) => c.id)).toEqual(['fine-tuning-en-tr', 'fine-tuning-tr-en', 'fine-tuning-definition', 'epoch-definition']);
		expect(deck?.cards[0]).toEqual({
			deck: 'terms', id: 'fine-tuning-en-tr', lesson: 'glossary', section: 'fine-tuning', kind: 'flashcard',
			front: { en: 'What is “Fine-tuning” in Turkish?', tr: '“Fine-tuning” teriminin Türkçe karşılığı nedir?' }, back: { en: 'İnce ayar', tr: 'İnce ayar' }, locales: ['tr'],
		});
		expect(deck?.cards[1]).toMatchObject({ front: { en: 'What is “İnce ayar” in English?', tr: '“İnce ayar” teriminin İngilizce karşılığı nedir?' }, back: { en: 'Fine-tuning', tr: 'Fine-tuning' } });
		expect(deck?.cards[2]).toMatchObject({ front: { en: 'What does “Fine-tuning” mean?', tr: '“İnce ayar” ne demektir?' }, back: { en: 'Training the top layers too.', tr: 'Üst katmanları da eğitmek.' } });
		expect(deck?.cards[3]).toMatchObject({ back: { en: 'One pass.' } });
	});

	it('asks no translation of a term that is the same word in both languages, by both languages\' collation', () => {
		const same: TermSource[] = [
			{ id: 'lora', terms: { en: 'LoRA', tr: 'LoRA' }, definitions: { en: 'Low-rank.', tr: 'Düşük kerteli.' }, untranslated: [] },
			{ id: 'model', terms: { en: 'Model', tr: 'model' }, definitions: { en: 'A network.', tr: 'Bir ağ.' }, untranslated: [] },
			// The same letters to an English reader, two words to a Turkish one: "ö" is its own letter in Turkish.
			{ id: 'dotted', terms: { en: 'Olcek', tr: 'Ölçek' }, definitions: { en: 'Scale.', tr: 'Ölçek.' }, untranslated: [] },
		];
		const { deck } = buildDeck(terms, { ...termsContext, glossary: () => same });
		expect(deck?.cards.map((c) => c.id)).toEqual(['lora-definition', 'model-definition', 'dotted-en-tr', 'dotted-tr-en', 'dotted-definition']);
	});

	it("pairs each language with the source language only, for that language's learners", () => {
		const french: TermSource[] = [
			{ id: 'fine-tuning', terms: { en: 'Fine-tuning', tr: 'İnce ayar', fr: 'Affinage' }, definitions: { en: 'd', tr: 'd', fr: 'd' }, untranslated: [] },
			// German is in progress: the same rule keeps its words in the German deck.
			{ id: 'freezing', terms: { en: 'Freezing', tr: 'Dondurma', fr: 'Gel', de: 'Einfrieren' }, definitions: { en: 'd', tr: 'd', fr: 'd', de: 'd' }, untranslated: [] },
		];
		const threeComplete: BuildContext = { ...termsContext, locales: ['en', 'tr', 'fr', 'de'], tags: { en: 'en', tr: 'tr', fr: 'fr', de: 'de' }, glossary: () => french };
		const { deck } = buildDeck(terms, threeComplete);
		const audience = Object.fromEntries((deck?.cards ?? []).map((card) => [card.id, card.locales]));
		expect(audience).toEqual({
			'fine-tuning-en-tr': ['tr'],
			'fine-tuning-tr-en': ['tr'],
			'fine-tuning-en-fr': ['fr'],
			'fine-tuning-fr-en': ['fr'],
			'fine-tuning-definition': undefined,
			'freezing-en-tr': ['tr'],
			'freezing-tr-en': ['tr'],
			'freezing-en-fr': ['fr'],
			'freezing-fr-en': ['fr'],
			'freezing-en-de': ['de'],
			'freezing-de-en': ['de'],
			'freezing-definition': undefined,
		});
		const deckOf = (locale: string) => trimDeckToLocale(deck!, locale, 'en').cards.map((card) => card.id);
		expect(deckOf('tr')).toEqual(['fine-tuning-en-tr', 'fine-tuning-tr-en', 'fine-tuning-definition', 'freezing-en-tr', 'freezing-tr-en', 'freezing-definition']);
		expect(deckOf('fr')).toEqual(['fine-tuning-en-fr', 'fine-tuning-fr-en', 'fine-tuning-definition', 'freezing-en-fr', 'freezing-fr-en', 'freezing-definition']);
		// The source language's learners learn the terms in it: no pair is theirs.
		expect(deckOf('en')).toEqual(['fine-tuning-definition', 'freezing-definition']);
	});

	it('needs the English prompts', () => {
		const noPrompts = { ...terms, texts: { en: { path: 'quizzes/terms/en.yaml', data: { title: 'Terms', description: 'Terms' } } } };
		expect(buildDeck(noPrompts, termsContext).problems).toEqual([
			'quizzes/terms/en.yaml: glossaryPrompts.translate: expected text',
			'quizzes/terms/en.yaml: glossaryPrompts.define: expected text',
		]);
	});
});

describe('cards that name conditions', () => {
	const strings = {
		en: { 'condition.transfer.input': 'A and B have the same kind of input x', 'condition.transfer.data': 'there is much more data for A than for B', 'condition.transfer.features': "A's low-level features could help learn B" },
		tr: { 'condition.transfer.input': 'A ve B aynı türden x girdisine sahiptir' },
	} as Record<string, Record<string, string>>;
	const withStrings: BuildContext = { ...context, strings: (locale) => strings[locale] ?? {} };
	const card = (correct: Record<string, boolean>, brokenBy: string | null = 'shuffled-pixels') => ({
		id: 'transfer-learning',
		lesson: 'strategies/transfer-learning',
		cards: [
			{
				id: 'shuffled', kind: 'choice', multiple: true, conditions: { concept: 'transfer', ...(brokenBy ? { brokenBy } : {}) },
				options: Object.entries(correct).map(([condition, isCorrect]) => ({ id: condition, condition, correct: isCorrect })),
			},
		],
	});
	const feedback = (ids: string[]) => ({ title: 'T', description: 'D', cards: { shuffled: { prompt: 'Which fails?', options: Object.fromEntries(ids.map((id) => [id, { feedback: 'Because.' }])) } } });

	it('take each option text from the shared wording, capitalised, in every locale that has it', () => {
		const { deck, problems } = buildDeck(folder(card({ input: false, data: false, features: true }), { en: feedback(['input', 'data', 'features']) }), withStrings);
		expect(problems).toEqual([]);
		expect(deck?.cards[0]).toMatchObject({
			options: [
				{ id: 'input', correct: false, text: { en: 'A and B have the same kind of input x', tr: 'A ve B aynı türden x girdisine sahiptir' } },
				{ id: 'data', correct: false, text: { en: 'There is much more data for A than for B' } },
				{ id: 'features', correct: true },
			],
		});
	});

	it('fail the build when an answer disagrees with what the manipulation breaks', () => {
		expect(buildDeck(folder(card({ input: true, features: true }), { en: feedback(['input', 'features']) }), withStrings).problems).toEqual([
			'quizzes/transfer-learning/deck.yaml: card "shuffled": options.input.correct: shuffled-pixels does not break "input" (it breaks features; src/lib/conditions/manipulations.ts), so this option must be false',
		]);
		expect(buildDeck(folder(card({ input: true, features: false }, 'different-input-kind'), { en: feedback(['input', 'features']) }), withStrings).problems).toEqual([
			'quizzes/transfer-learning/deck.yaml: card "shuffled": options.features.correct: different-input-kind breaks "features" (it breaks input and features; src/lib/conditions/manipulations.ts), so this option must be true',
		]);
	});

	it('without a manipulation, ask which conditions are needed: every condition option is correct', () => {
		expect(buildDeck(folder(card({ input: true, data: false }, null), { en: feedback(['input', 'data']) }), withStrings).problems).toEqual([
			'quizzes/transfer-learning/deck.yaml: card "shuffled": options.data.correct: the card asks which conditions are needed, and "data" is one: it must be correct',
		]);
	});

	it('name unknown conditions, missing concepts and hand-written condition texts', () => {
		expect(buildDeck(folder(card({ network: true, features: true }), { en: feedback(['network', 'features']) }), withStrings).problems).toEqual([
			'quizzes/transfer-learning/deck.yaml: card "shuffled": options.network.condition: "network" is not a transfer condition (input, data, features)',
		]);
		const twoOptions = card({ input: false, features: true });
		const noConcept = { ...twoOptions, cards: [{ ...twoOptions.cards[0], conditions: undefined }] };
		expect(buildDeck(folder(noConcept, { en: feedback(['input', 'features']) }), withStrings).problems).toEqual([
			'quizzes/transfer-learning/deck.yaml: card "shuffled": conditions: options name conditions, so the card needs conditions: { concept: … }',
		]);
		const handWritten = feedback(['input', 'features']);
		handWritten.cards.shuffled.options.features = { text: 'My own words', feedback: 'Because.' } as never;
		expect(buildDeck(folder(twoOptions, { en: handWritten }), withStrings).problems).toEqual([
			'quizzes/transfer-learning/en.yaml: card "shuffled": options.features.text: this option states the condition "features", whose wording comes from src/i18n/<locale>/conditions.json: leave the text out',
		]);
	});
});

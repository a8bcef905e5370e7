import { describe, expect, it } from 'vitest';
import { compareLocale } from './compare';
import { decksAdapter, deckTextsHash, textPaths } from './decks';
import { memoryFiles } from './test-files';

const englishTexts = {
	title: 'Dropout',
	cards: {
		definition: { front: 'What is dropout?', back: 'Dropping units at random while training.' },
		rate: { prompt: 'Which rate?', options: { small: { text: 'Small', feedback: 'Yes.' }, large: { text: 'Large', feedback: 'No.' } } },
	},
};
const english = `title: Dropout
cards:
  definition:
    front: What is dropout?
    back: Dropping units at random while training.
  rate:
    prompt: Which rate?
    options:
      small: { text: Small, feedback: Yes. }
      large: { text: Large, feedback: No. }
`;
const definitionHash = deckTextsHash(englishTexts.cards.definition);

function statusOf(turkish: string, deckFolder = 'dropout') {
	const files = memoryFiles({
		[`quizzes/${deckFolder}/deck.yaml`]: `id: ${deckFolder}\n`,
		[`quizzes/${deckFolder}/en.yaml`]: english,
		[`quizzes/${deckFolder}/tr.yaml`]: turkish,
	});
	return compareLocale(decksAdapter.inventory(files, ['en', 'tr'], 'en'), 'tr').map(({ id, state, missingFields, renamedTo }) => ({
		id,
		state,
		...(missingFields ? { missingFields } : {}),
		...(renamedTo ? { renamedTo } : {}),
	}));
}

describe('deck texts', () => {
	it('lists every text path of a card, leaving the recorded hash out', () => {
		expect(textPaths({ ...englishTexts.cards.rate, sourceHash: 'x' })).toEqual(['prompt', 'options.small.text', 'options.small.feedback', 'options.large.text', 'options.large.feedback']);
	});

	it('reports the deck texts and each card by its trainer key', () => {
		expect(statusOf(`title: Seyreltme\ncards:\n  definition:\n    sourceHash: ${definitionHash}\n    front: Seyreltme nedir?\n    back: Eğitimde birimleri rastgele atmak.\n`)).toEqual([
			{ id: 'dropout', state: 'unstamped' },
			{ id: 'dropout/definition', state: 'current' },
			{ id: 'dropout/rate', state: 'missing' },
		]);
	});

	it('calls a card missing while any of its texts is, naming them', () => {
		expect(statusOf(`cards:\n  definition:\n    front: Seyreltme nedir?\n`)[1]).toEqual({ id: 'dropout/definition', state: 'missing', missingFields: ['back'] });
	});

	it('marks a card outdated when its English texts changed, and not when the deck folder was renamed', () => {
		const turkish = `cards:\n  definition:\n    sourceHash: ${definitionHash}\n    front: Seyreltme nedir?\n    back: Eğitimde birimleri rastgele atmak.\n`;
		expect(statusOf(turkish, 'regularization')[1]).toEqual({ id: 'regularization/definition', state: 'current' });
		const files = memoryFiles({
			'quizzes/dropout/deck.yaml': 'id: dropout\n',
			'quizzes/dropout/en.yaml': english.replace('What is dropout?', 'What does dropout do?'),
			'quizzes/dropout/tr.yaml': turkish,
		});
		expect(compareLocale(decksAdapter.inventory(files, ['en', 'tr'], 'en'), 'tr')[1]?.state).toBe('outdated');
	});

	it('points a card renamed in English to its old translation', () => {
		const renamed = english.replace('  definition:', '  what-is-dropout:');
		const files = memoryFiles({
			'quizzes/dropout/deck.yaml': 'id: dropout\n',
			'quizzes/dropout/en.yaml': renamed,
			'quizzes/dropout/tr.yaml': `cards:\n  definition:\n    sourceHash: ${definitionHash}\n    front: Seyreltme nedir?\n    back: Eğitimde birimleri rastgele atmak.\n`,
		});
		const statuses = compareLocale(decksAdapter.inventory(files, ['en', 'tr'], 'en'), 'tr');
		expect(statuses.find((s) => s.id === 'dropout/definition')).toMatchObject({ state: 'orphaned', renamedTo: 'dropout/what-is-dropout' });
	});

	it('names the file when a texts file is not YAML', () => {
		expect(() => statusOf('cards: [unclosed')).toThrow(/^quizzes\/dropout\/tr\.yaml:1: not valid YAML: \S/);
	});
});

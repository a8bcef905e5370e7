import { describe, expect, it } from 'vitest';
import { parseGlossary } from './parse';
import { sampleFiles, sampleOptions } from './sample-glossary';
import { conceptsUsed, lessonListDrift, termFinder } from './usage';

const glossary = parseGlossary(sampleFiles(), sampleOptions);

describe('conceptsUsed', () => {
	it('finds canonical terms in prose, not in code', () => {
		expect([...conceptsUsed('Sönümlemeyi `öğrenme aktarması` ile', termFinder(glossary, 'tr'))]).toEqual(['dropout']);
	});

	it('finds an untranslated concept by its English wording', () => {
		expect([...conceptsUsed('early stopping kullanın', termFinder(glossary, 'tr'))]).toEqual(['early-stopping']);
	});
});

describe('lessonListDrift', () => {
	it('is empty when the lists match the lessons', () => {
		const usedBy = new Map([
			['strategies/transfer-learning', new Set(['transfer-learning', 'dropout'])],
			['regularization', new Set(['dropout'])],
		]);
		expect(lessonListDrift(glossary, usedBy)).toEqual([]);
	});

	it('names unlisted and no-longer-using lessons, ignoring lessons it was not told about', () => {
		const usedBy = new Map([['regularization', new Set(['early-stopping'])]]);
		expect(lessonListDrift(glossary, usedBy)).toEqual([
			'content/glossary/terms.yaml: entry "dropout": "regularization" no longer use(s) the term',
			'content/glossary/terms.yaml: entry "early-stopping": add "regularization" to its lessons (they use the term)',
		]);
	});
});

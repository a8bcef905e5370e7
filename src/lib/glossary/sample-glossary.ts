import type { GlossaryFile, ParseOptions } from './parse';

/**
 * A small glossary for the tests: three concepts, one of them not yet
 * translated into Turkish, and the lesson ids it may reference.
 */
export const sampleLessons = new Set(['strategies/transfer-learning', 'regularization']);

export const sampleOptions: ParseOptions = {
	sourceLocale: 'en',
	siteLocales: ['en', 'tr'],
	lessonExists: (lesson) => sampleLessons.has(lesson),
};

export const sampleTerms = `
- id: transfer-learning
  lessons: [strategies/transfer-learning]
- id: dropout
  lessons: [regularization, strategies/transfer-learning]
- id: early-stopping
  lessons: []
`;

export const sampleEnglish = `
- id: transfer-learning
  term: Transfer learning
  definition: Reusing a model trained for one task as the start for another.
- id: dropout
  term: Dropout
  alternatives: [drop-out]
  definition: Switching units off at random during training.
- id: early-stopping
  term: Early stopping
  definition: Stopping training where the validation error is lowest.
`;

export const sampleTurkish = `
- id: transfer-learning
  term: Öğrenme aktarması
  alternatives: [aktarma öğrenmesi, transfer öğrenme]
  definition: Bir görev için eğitilmiş modeli başka bir görevin başlangıcı yapmak.
- id: dropout
  term: Sönümleme
  alternatives: [seyreltme, eleme düzenlileştirmesi, eleme]
  definition: Eğitimde birimleri rastgele devre dışı bırakmak.
`;

/** The sample's files, with any of them replaced. */
export function sampleFiles(replace: { terms?: string; en?: string; tr?: string } = {}): GlossaryFile[] {
	return [
		{ path: 'content/glossary/terms.yaml', text: replace.terms ?? sampleTerms },
		{ path: 'content/glossary/en.yaml', text: replace.en ?? sampleEnglish },
		{ path: 'content/glossary/tr.yaml', text: replace.tr ?? sampleTurkish },
	];
}

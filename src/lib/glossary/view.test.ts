import { describe, expect, it } from 'vitest';
import { glossaryCards } from './cards';
import { parseGlossary } from './parse';
import { sampleFiles, sampleOptions } from './sample-glossary';
import { glossaryItems } from './view';

const glossary = parseGlossary(sampleFiles(), sampleOptions);

describe('glossaryItems', () => {
	it('sorts each page with its own collation', () => {
		expect(glossaryItems(glossary, 'en').map((item) => item.term)).toEqual(['Dropout', 'Early stopping', 'Transfer learning']);
		expect(glossaryItems(glossary, 'tr').map((item) => item.term)).toEqual(['Early stopping', 'Öğrenme aktarması', 'Sönümleme']);
	});

	it('falls back to the source locale for an untranslated entry, and says so', () => {
		const stopping = glossaryItems(glossary, 'tr').find((item) => item.id === 'early-stopping');
		expect(stopping).toMatchObject({ term: 'Early stopping', textLocale: 'en', fallback: true, equivalents: [], alternatives: [] });
	});

	it('gives the other locales’ terms and the page locale’s alternatives', () => {
		const dropout = glossaryItems(glossary, 'tr').find((item) => item.id === 'dropout');
		expect(dropout).toMatchObject({
			term: 'Sönümleme',
			fallback: false,
			equivalents: [{ locale: 'en', term: 'Dropout' }],
			alternatives: ['seyreltme', 'eleme düzenlileştirmesi', 'eleme'],
			lessons: ['regularization', 'strategies/transfer-learning'],
		});
	});
});

describe('glossaryCards', () => {
	it('gives every concept’s term and definition in every locale, in the concept list’s order', () => {
		const cards = glossaryCards(glossary);
		expect(cards.map((card) => card.id)).toEqual(['transfer-learning', 'dropout', 'early-stopping']);
		expect(cards[1]).toEqual({
			id: 'dropout',
			terms: { en: 'Dropout', tr: 'Sönümleme' },
			definitions: { en: 'Switching units off at random during training.', tr: 'Eğitimde birimleri rastgele devre dışı bırakmak.' },
			untranslated: [],
		});
	});

	it('marks a term shown in the source locale as untranslated', () => {
		const stopping = glossaryCards(glossary).find((card) => card.id === 'early-stopping');
		expect(stopping?.terms.tr).toBe('Early stopping');
		expect(stopping?.untranslated).toEqual(['tr']);
	});
});

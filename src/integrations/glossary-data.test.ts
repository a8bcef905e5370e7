import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { glossaryCards } from '../lib/glossary/cards';
import { siteContent } from './site-content';

/** The glossary the site ships, read from this checkout. */
const root = fileURLToPath(new URL('../..', import.meta.url));
const glossary = siteContent(root).glossary!;

describe('the shipped glossary', () => {
	it('has at least 40 concepts, each in English and Turkish', () => {
		expect(glossary.concepts.length).toBeGreaterThanOrEqual(40);
		for (const locale of ['en', 'tr']) {
			const entries = glossary.entries.get(locale);
			expect(glossary.concepts.filter((concept) => !entries?.has(concept.id)).map((concept) => concept.id)).toEqual([]);
		}
	});

	it('uses the canonical Turkish terms of the content brief', () => {
		const tr = glossary.entries.get('tr');
		expect(tr?.get('transfer-learning')?.term).toBe('Öğrenme aktarması');
		expect(tr?.get('transfer-learning')?.alternatives).toEqual(expect.arrayContaining(['aktarma öğrenmesi', 'transfer öğrenme']));
		expect(tr?.get('dropout')?.term).toBe('Sönümleme');
		expect(tr?.get('dropout')?.alternatives).toEqual(expect.arrayContaining(['seyreltme', 'eleme düzenlileştirmesi', 'eleme']));
		expect(tr?.get('batch-gradient-descent')?.alternatives).toContain('bölümlü gradyan inişi');
		expect(tr?.get('fine-tuning')?.term).toBe('İnce ayar');
	});

	it('gives the trainer a card per concept with both terms and definitions', () => {
		const cards = glossaryCards(glossary);
		expect(cards).toHaveLength(glossary.concepts.length);
		expect(cards.every((card) => card.terms.en && card.terms.tr && card.definitions.en && card.definitions.tr && card.untranslated.length === 0)).toBe(true);
	});
});

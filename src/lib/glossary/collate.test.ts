import { describe, expect, it } from 'vitest';
import { groupByInitial, initialLetter, sortByTerm } from './collate';

const turkishTerms = ['Şema', 'Üst', 'Zaman', 'Çoklu görev öğrenmesi', 'İnce ayar', 'Işık', 'Ön eğitim', 'Ortak', 'Ceza', 'Gizli katman', 'Ğ harfi', 'Sönümleme', 'Uçtan uca öğrenme', 'Öznitelik'];
const identity = (term: string) => term;

describe('sortByTerm', () => {
	it('puts Turkish letters in their places, not after z', () => {
		expect(sortByTerm(turkishTerms, 'tr', identity)).toEqual([
			'Ceza',
			'Çoklu görev öğrenmesi',
			'Gizli katman',
			'Ğ harfi',
			'Işık',
			'İnce ayar',
			'Ortak',
			'Ön eğitim',
			'Öznitelik',
			'Sönümleme',
			'Şema',
			'Uçtan uca öğrenme',
			'Üst',
			'Zaman',
		]);
	});

	it('differs from English order, where ç sorts with c and ı with i', () => {
		const english = sortByTerm(['Işık', 'İnce', 'Hız', 'Ilık'], 'en', identity);
		const turkish = sortByTerm(['Işık', 'İnce', 'Hız', 'Ilık'], 'tr', identity);
		expect(turkish).toEqual(['Hız', 'Ilık', 'Işık', 'İnce']);
		expect(english).not.toEqual(turkish);
	});

	it('orders numbers by value', () => {
		expect(sortByTerm(['L10 term', 'L2 term'], 'en', identity)).toEqual(['L2 term', 'L10 term']);
	});
});

describe('initialLetter', () => {
	it('capitalises with the locale: i → İ in Turkish, ı → I', () => {
		expect(initialLetter('ince ayar', 'tr')).toBe('İ');
		expect(initialLetter('ısı', 'tr')).toBe('I');
		expect(initialLetter('ince', 'en')).toBe('I');
	});

	it('skips leading punctuation', () => {
		expect(initialLetter('"quoted"', 'en')).toBe('Q');
	});
});

describe('groupByInitial', () => {
	it('gives one group per Turkish letter, in alphabet order', () => {
		const groups = groupByInitial(sortByTerm(turkishTerms, 'tr', identity), 'tr', identity);
		expect(groups.map((group) => group.letter)).toEqual(['C', 'Ç', 'G', 'Ğ', 'I', 'İ', 'O', 'Ö', 'S', 'Ş', 'U', 'Ü', 'Z']);
		expect(groups.find((group) => group.letter === 'Ö')?.items).toEqual(['Ön eğitim', 'Öznitelik']);
	});

	it('merges letters English treats as one', () => {
		const groups = groupByInitial(sortByTerm(['Output', 'Öznitelik', 'Overfitting'], 'en', identity), 'en', identity);
		expect(groups).toEqual([{ letter: 'O', items: ['Output', 'Overfitting', 'Öznitelik'] }]);
	});

	const letters = (terms: string[], locale: string) => groupByInitial(sortByTerm(terms, locale, identity), locale, identity).map((group) => group.letter);

	it('heads a group with the unaccented letter where the language counts accents as the same letter, even when an accented term comes first', () => {
		const french = ['Âge', 'apprentissage', 'Çapa', 'Couche', 'Écart', 'ensemble', 'Epoch', 'étiquette', 'Île', 'zèbre'];
		expect(letters(french, 'fr')).toEqual(['A', 'C', 'E', 'I', 'Z']);
		expect(letters(['Élan', 'Epoch', 'İnce'], 'en')).toEqual(['E', 'I']);
		// A German dictionary files Ä under A.
		expect(letters(['Ähnlichkeit', 'Anpassung', 'Übertragung', 'Umfang'], 'de')).toEqual(['A', 'U']);
	});

	it('keeps the letters a language counts as letters of their own, as its collation says', () => {
		expect(letters(['Çapa', 'Cam', 'İnce', 'Işık', 'Ödev', 'Oda', 'Şekil', 'Su', 'Ünlü', 'Un', 'Göz'], 'tr')).toEqual(['C', 'Ç', 'G', 'I', 'İ', 'O', 'Ö', 'S', 'Ş', 'U', 'Ü']);
		// Swedish: Å, Ä and Ö are letters after Z; É is still an E.
		expect(letters(['Öra', 'Ål', 'Äpple', 'Apa', 'Zon', 'Éclair', 'Eld'], 'sv')).toEqual(['A', 'E', 'Z', 'Å', 'Ä', 'Ö']);
	});

	it('files a ligature under its first letter where the language sorts it as two, and keeps it where it is a letter of its own', () => {
		expect(letters(['Œuvre', 'Objet', 'Ordre', 'Ĳsbeer'], 'fr')).toEqual(['I', 'O']);
		expect(groupByInitial(sortByTerm(['Œuvre', 'Ordre', 'Objet'], 'fr', identity), 'fr', identity)).toEqual([{ letter: 'O', items: ['Objet', 'Œuvre', 'Ordre'] }]);
		expect(letters(['Æble', 'Abe', 'Zebra'], 'da')).toEqual(['A', 'Z', 'Æ']);
		expect(letters(['Æther', 'Axis', 'Beta'], 'en')).toEqual(['A', 'B']);
	});
});

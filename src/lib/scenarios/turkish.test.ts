import { describe, expect, it } from 'vitest';
import { numberWithCase, numeralEnding, withCase, type TurkishCase } from './turkish';

describe('numeralEnding', () => {
	it.each([
		['0', 'sıfır'], ['5', 'beş'], ['10', 'on'], ['40', 'kırk'], ['60', 'altmış'], ['100', 'yüz'], ['800', 'yüz'],
		['1.000', 'bin'], ['1.200.000', 'bin'], ['2.000.000', 'milyon'], ['3.000.000.000', 'milyar'], ['1.234', 'dört'],
		['2,5', 'beş'], ['%20', 'yirmi'],
	])('%s is read ending in %s', (numeral, word) => {
		expect(numeralEnding(numeral)).toBe(word);
	});

	it('rejects what is not a Turkish numeral', () => {
		expect(() => numeralEnding('1,000,000')).toThrow(/Not a Turkish numeral/);
	});
});

describe('numerals take an apostrophe and agree with how they are read', () => {
	const cases: [number, TurkishCase, string][] = [
		[1000, 'ablative', "1.000'den"], [5, 'locative', "5'te"], [10, 'ablative', "10'dan"], [3, 'ablative', "3'ten"],
		[4, 'dative', "4'e"], [6, 'dative', "6'ya"], [2, 'dative', "2'ye"], [9, 'accusative', "9'u"], [100, 'genitive', "100'ün"],
		[800, 'genitive', "800'ün"], [1_200_000, 'genitive', "1.200.000'in"], [2_000_000, 'ablative', "2.000.000'dan"],
		[40, 'locative', "40'ta"], [70, 'ablative', "70'ten"], [30, 'genitive', "30'un"], [20, 'accusative', "20'yi"],
		[60, 'accusative', "60'ı"], [50, 'genitive', "50'nin"], [1, 'genitive', "1'in"], [0, 'dative', "0'a"],
	];
	it.each(cases)('%d in the %s case is %s', (value, grammaticalCase, expected) => {
		expect(numberWithCase(value, grammaticalCase)).toBe(expected);
	});
});

describe('names', () => {
	it.each([
		['ImageNet', 'ablative', "ImageNet'ten"], ['ImageNet', 'locative', "ImageNet'te"], ['A', 'ablative', "A'dan"],
		['B', 'dative', "B'ye"], ['B', 'ablative', "B'den"], ['A', 'genitive', "A'nın"], ['C', 'accusative', "C'yi"],
		['Ankara', 'dative', "Ankara'ya"], ['Mehmet', 'accusative', "Mehmet'i"], ['İstanbul', 'locative', "İstanbul'da"],
	] as [string, TurkishCase, string][])('%s in the %s case is %s', (word, grammaticalCase, expected) => {
		expect(withCase(word, grammaticalCase, { proper: true })).toBe(expected);
	});

	it('follows a given reading for acronyms', () => {
		expect(withCase('MRI', 'ablative', { proper: true, reading: 'emarı' })).toBe("MRI'dan");
	});
});

describe('common nouns', () => {
	it.each([
		['görev', 'ablative', 'görevden'], ['fotoğraf', 'ablative', 'fotoğraftan'], ['veri', 'locative', 'veride'],
		['kayıt', 'locative', 'kayıtta'], ['ağ', 'dative', 'ağa'], ['model', 'accusative', 'modeli'], ['veri', 'accusative', 'veriyi'],
		['katman', 'genitive', 'katmanın'], ['veri', 'genitive', 'verinin'], ['örnek', 'dative', 'örneğe'], ['örnek', 'locative', 'örnekte'],
		['köpek', 'accusative', 'köpeği'], ['ağaç', 'genitive', 'ağacın'], ['kitap', 'dative', 'kitaba'], ['görüntü', 'dative', 'görüntüye'],
		['sonuç', 'ablative', 'sonuçtan'],
	] as [string, TurkishCase, string][])('%s in the %s case is %s', (word, grammaticalCase, expected) => {
		expect(withCase(word, grammaticalCase)).toBe(expected);
	});

	it('softens only where told for monosyllables and final t', () => {
		expect(withCase('renk', 'accusative', { soften: true })).toBe('rengi');
		expect(withCase('sepet', 'accusative')).toBe('sepeti');
		expect(withCase('kanat', 'accusative', { soften: true })).toBe('kanadı');
		expect(withCase('ok', 'dative')).toBe('oka');
	});

	it.each([
		['görevi', 'ablative', 'görevinden'], ['görevi', 'locative', 'görevinde'], ['görevi', 'dative', 'görevine'],
		['görevi', 'accusative', 'görevini'], ['görevi', 'genitive', 'görevinin'], ['kaydı', 'ablative', 'kaydından'],
		['sinyali', 'locative', 'sinyalinde'], ['satırı', 'dative', 'satırına'],
	] as [string, TurkishCase, string][])('possessive %s in the %s case is %s', (word, grammaticalCase, expected) => {
		expect(withCase(word, grammaticalCase, { possessive: true })).toBe(expected);
	});

	it('names a word it cannot read', () => {
		expect(() => withCase('BBC', 'dative', { proper: true })).toThrow(/"bbc"/);
	});
});

import { describe, expect, it } from 'vitest';
import { phraseFinder } from './match';

function found(phrases: string[], locale: string, text: string): string[] {
	return phraseFinder(
		phrases.map((phrase) => ({ text: phrase, value: phrase })),
		locale,
	)
		.find(text)
		.map((match) => `${text.slice(match.start, match.end)}=${match.value}`);
}

describe('phraseFinder in Turkish', () => {
	it('accepts inflection after the term', () => {
		expect(found(['ince ayar'], 'tr', 'Sonra ince ayarı yapın; ince ayarla devam edin.')).toEqual(['ince ayarı=ince ayar', 'ince ayarla=ince ayar']);
		expect(found(['katman'], 'tr', 'üst katmanlarının ağırlıkları')).toEqual(['katmanlarının=katman']);
		expect(found(['öğrenme aktarması'], 'tr', 'öğrenme aktarmasında ve öğrenme aktarmasıdır')).toHaveLength(2);
		expect(found(['hiperparametre'], 'tr', 'hiperparametreleri seçin')).toEqual(['hiperparametreleri=hiperparametre']);
	});

	it('accepts the plural of a compound with a possessive: veri kümesi → veri kümeleri', () => {
		expect(found(['veri kümesi'], 'tr', 'veri kümelerinde ve veri kümesinde')).toEqual(['veri kümelerinde=veri kümesi', 'veri kümesinde=veri kümesi']);
		expect(found(['kayıp fonksiyonu'], 'tr', 'kayıp fonksiyonları')).toEqual(['kayıp fonksiyonları=kayıp fonksiyonu']);
		expect(found(['sinir ağı'], 'tr', 'sinir ağları')).toEqual(['sinir ağları=sinir ağı']);
		expect(found(['aşırı öğrenme'], 'tr', 'aşırı öğrenler')).toEqual([]);
	});

	it('accepts the softened final consonant: ağırlık → ağırlığı', () => {
		expect(found(['ağırlık'], 'tr', 'Her ağırlığı küçültür.')).toEqual(['ağırlığı=ağırlık']);
		expect(found(['öznitelik'], 'tr', 'bu özniteliğin değeri')).toEqual(['özniteliğin=öznitelik']);
	});

	it('does not take just any letters as a suffix', () => {
		expect(found(['baş'], 'tr', 'başka bir başarı')).toEqual([]);
		expect(found(['baş'], 'tr', 'baştan başlayın')).toEqual(['baştan=baş']);
	});

	it('matches whole words only', () => {
		expect(found(['eleme'], 'tr', 'Hecelemeyi unutmayın.')).toEqual([]);
		expect(found(['eleme'], 'tr', 'Eleme yöntemi')).toEqual(['Eleme=eleme']);
	});

	it('folds case the Turkish way', () => {
		expect(found(['ince ayar'], 'tr', 'İNCE AYAR')).toEqual(['İNCE AYAR=ince ayar']);
		// In Turkish, I is the capital of ı, so "INCE" is not "ince".
		expect(found(['ince ayar'], 'tr', 'INCE AYAR')).toEqual([]);
	});

	it('finds a term broken across lines', () => {
		expect(found(['öğrenme aktarması'], 'tr', 'öğrenme\naktarması')).toEqual(['öğrenme\naktarması=öğrenme aktarması']);
	});

	it('does not swallow a closing quote as an apostrophe suffix', () => {
		expect(found(['model'], 'tr', "'model' ve model'in")).toEqual(['model=model', "model'in=model"]);
	});
});

describe('phraseFinder in English', () => {
	it('accepts plurals and possessives only', () => {
		expect(found(['layer'], 'en', 'two layers, the layer’s weights')).toEqual(['layers=layer', 'layer’s=layer']);
		expect(found(['generalization'], 'en', 'it generalises better')).toEqual([]);
		expect(found(['model'], 'en', 'remodel the modeling')).toEqual([]);
	});

	it('prefers the longer phrase where two start at the same place', () => {
		expect(found(['gradient descent', 'batch gradient descent', 'mini-batch gradient descent'], 'en', 'Mini-batch gradient descent beats batch gradient descent.')).toEqual([
			'Mini-batch gradient descent=mini-batch gradient descent',
			'batch gradient descent=batch gradient descent',
		]);
	});

	it('maps offsets back even when folding changes the length', () => {
		const text = 'İİ then Dropout';
		expect(found(['dropout'], 'en', text)).toEqual(['Dropout=dropout']);
	});
});

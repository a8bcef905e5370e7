/**
 * End-to-end scenarios: should one network replace a hand-built pipeline?
 * The chapter's condition is enough data for the whole mapping from input to
 * output; with little data the hand-designed steps carry knowledge the
 * network could not learn.
 */
import type { NounForms } from './english';
import { pick, type Random } from './prng';

export interface Pipeline {
	id: string;
	en: { input: string; output: string; steps: string[]; pairs: NounForms };
	/** `inputPossessive`: the input phrase ends in a possessive (`kayıtları`), so its cases take the buffer n. */
	tr: { input: string; inputPossessive: boolean; output: string; steps: string[]; pairs: string };
}

export interface EndToEndScenario {
	concept: 'end-to-end';
	pipeline: Pipeline;
	pairs: number;
}

/** From this many examples of the whole mapping on, the scenarios count the data as enough. */
export const enoughPairs = 1_000_000;
const plentifulPairs = [2_000_000, 5_000_000, 10_000_000, 30_000_000];
const scarcePairs = [500, 1000, 3000, 10_000, 20_000];

export const pipelines: readonly Pipeline[] = [
	{
		id: 'speech',
		en: { input: 'speech recordings', output: 'transcripts', steps: ['compute hand-designed audio features', 'recognise phonemes', 'assemble words'], pairs: { one: 'recording with its transcript', other: 'recordings with their transcripts' } },
		tr: { input: 'konuşma kayıtları', inputPossessive: true, output: 'yazıya dökümler', steps: ['elle tasarlanmış ses özniteliklerini hesapla', 'sesbirimleri tanı', 'kelimeleri oluştur'], pairs: 'kayıt–döküm çifti' },
	},
	{
		id: 'gate-faces',
		en: { input: 'gate camera images', output: 'employee identities', steps: ['find the face', 'crop and align it', 'compare it with staff photos'], pairs: { one: 'gate image labelled with the person in it', other: 'gate images labelled with the person in them' } },
		tr: { input: 'kapı kamerası görüntüleri', inputPossessive: true, output: 'çalışan kimlikleri', steps: ['yüzü bul', 'kırp ve hizala', 'personel fotoğraflarıyla karşılaştır'], pairs: 'kimliği etiketlenmiş kapı görüntüsü' },
	},
	{
		id: 'bone-age',
		en: { input: 'hand X-rays', output: 'age estimates', steps: ['segment the bones', 'measure their lengths', 'look the age up in a growth table'], pairs: { one: "hand X-ray labelled with the child's age", other: "hand X-rays labelled with the child's age" } },
		tr: { input: 'el röntgenleri', inputPossessive: true, output: 'yaş tahminleri', steps: ['kemikleri ayır', 'uzunluklarını ölç', 'yaşı büyüme tablosunda bul'], pairs: 'yaşı etiketlenmiş el röntgeni' },
	},
	{
		id: 'translation',
		en: { input: 'English sentences', output: 'Turkish translations', steps: ['parse the sentence', 'translate word groups by rule', 'reorder and add suffixes'], pairs: { one: 'English sentence with its Turkish translation', other: 'English sentences with their Turkish translations' } },
		tr: { input: 'İngilizce cümleler', inputPossessive: false, output: 'Türkçe çeviriler', steps: ['cümleyi çözümle', 'kelime gruplarını kurallarla çevir', 'sırala ve ekleri ekle'], pairs: 'İngilizce–Türkçe cümle çifti' },
	},
	{
		id: 'licence-plates',
		en: { input: 'car park camera images', output: 'plate numbers', steps: ['find the plate', 'split it into characters', 'recognise each character'], pairs: { one: 'camera image labelled with its plate number', other: 'camera images labelled with their plate numbers' } },
		tr: { input: 'otopark kamerası görüntüleri', inputPossessive: true, output: 'plaka numaraları', steps: ['plakayı bul', 'karakterlere ayır', 'her karakteri tanı'], pairs: 'plaka numarasıyla etiketlenmiş kamera görüntüsü' },
	},
];

export function hasEnoughData(s: EndToEndScenario): boolean {
	return s.pairs >= enoughPairs;
}

/** Scenario number `index` of pipelines × {enough, not enough}: every pipeline in both cases. */
export function generateEndToEnd(random: Random, index: number): EndToEndScenario {
	const pipeline = pipelines[index % pipelines.length]!;
	const enough = index < pipelines.length;
	return { concept: 'end-to-end', pipeline, pairs: pick(random, enough ? plentifulPairs : scarcePairs) };
}

export const endToEndCombinations = pipelines.length * 2;

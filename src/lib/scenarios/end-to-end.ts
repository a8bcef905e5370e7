/**
 * End-to-end scenarios: should one network replace a hand-built pipeline?
 * The condition (enough data for the whole mapping) and its thresholds per
 * pipeline and per start, from scratch or pretrained, are defined in
 * src/lib/conditions/end-to-end.ts; this module holds the pipelines'
 * wording and picks amounts well clear of those thresholds.
 */
import { hasEnoughForWholeMapping, type PipelineId, type Start } from '../conditions/end-to-end.ts';
import type { NounForms } from './english.ts';
import { pick, type Random } from './prng.ts';

export interface Pipeline {
	id: PipelineId;
	en: {
		input: string;
		output: string;
		steps: string[];
		/** What is counted: examples of the whole mapping ("hand X-rays labelled with the child's age"). */
		pairs: NounForms;
		/** The pretrained network it would start from, and the published result that shows it suffices. */
		pretrained?: { start: string; evidence: string };
	};
	/**
	 * `inputPossessive`: the input phrase ends in a possessive (`kayıtları`), so its cases take the buffer n.
	 * `pretrained.start` is where the network starts, in the ablative ("… bir ağın ağırlıklarından").
	 * `pairs` is what is counted, split where the amount goes: a describing clause comes before the
	 * number and the counted noun after it ("yaşıyla etiketlenmiş 12.611 el röntgeni"), never
	 * "12.611 çocuğun yaşıyla …", which reads as 12,611 children.
	 */
	tr: { input: string; inputPossessive: boolean; output: string; steps: string[]; pairs: { described?: string; counted: string }; pretrained?: { start: string; evidence: string } };
	/**
	 * Amounts the scenarios use: far below the from-scratch threshold; well above it, only where that many
	 * labelled examples of the whole mapping are realistic; and (where there is one) from a pretrained start.
	 */
	amounts: { scarce: number[]; plentiful?: number[]; pretrained?: number[] };
}

export interface EndToEndScenario {
	concept: 'end-to-end';
	pipeline: Pipeline;
	start: Start;
	pairs: number;
}

export const pipelines: readonly Pipeline[] = [
	{
		id: 'speech',
		en: {
			input: 'speech recordings', output: 'transcripts', steps: ['compute hand-designed audio features', 'recognize phonemes', 'assemble words'],
			pairs: { one: 'hour of transcribed speech', other: 'hours of transcribed speech' },
			pretrained: {
				start: 'a network pretrained without transcripts on 53,000 hours of speech (wav2vec 2.0)',
				evidence: 'wav2vec 2.0 fine-tuned on a single hour of transcribed speech, decoding with a language model, beat the best system trained on 100 hours (Baevski et al. 2020)',
			},
		},
		tr: {
			input: 'konuşma kayıtları', inputPossessive: true, output: 'yazıya dökümler', steps: ['elle tasarlanmış ses özniteliklerini hesapla', 'sesbirimleri tanı', 'sözcükleri oluştur'],
			pairs: { described: 'yazıya dökülmüş', counted: 'saatlik konuşma' },
			pretrained: {
				start: '53.000 saatlik dökümsüz konuşmayla ön eğitim görmüş bir ağın (wav2vec 2.0) ağırlıklarından',
				evidence: 'yalnızca bir saatlik dökümlü konuşmayla ince ayar yapılan wav2vec 2.0, bir dil modeliyle kod çözerek 100 saatle eğitilmiş en iyi sistemi geçti (Baevski vd. 2020)',
			},
		},
		amounts: { scarce: [10, 30, 50], plentiful: [20_000, 50_000, 100_000], pretrained: [10, 100, 1000] },
	},
	{
		id: 'bone-age',
		en: {
			input: 'hand X-rays', output: 'age estimates', steps: ['locate the growth plates', "rate each bone's maturity stage", 'convert the stages to an age (Tanner–Whitehouse)'],
			pairs: { one: "hand X-ray labelled with the child's age", other: "hand X-rays labelled with the child's age" },
			pretrained: {
				start: 'a network pretrained on ImageNet photos',
				evidence: "the RSNA 2017 bone-age challenge was won this way, on the challenge's 12,611 training X-rays (Halabi et al. 2019)",
			},
		},
		tr: {
			input: 'el röntgenleri', inputPossessive: true, output: 'yaş tahminleri', steps: ['büyüme plaklarını bul', 'her kemiğin olgunluk evresini belirle', 'evreleri yaşa çevir (Tanner–Whitehouse)'], pairs: { described: 'yaşıyla etiketlenmiş', counted: 'el röntgeni' },
			pretrained: {
				start: 'ImageNet fotoğraflarıyla ön eğitim görmüş bir ağın ağırlıklarından',
				evidence: "RSNA'nın 2017 kemik yaşı yarışması bu yolla, yarışmanın 12.611 eğitim röntgeniyle kazanıldı (Halabi vd. 2019)",
			},
		},
		amounts: { scarce: [300, 1000, 3000], pretrained: [12_611, 20_000] },
	},
	{
		id: 'translation',
		en: { input: 'English sentences', output: 'Turkish translations', steps: ['parse the sentence', 'translate word groups by rule', 'reorder and add suffixes'], pairs: { one: 'English sentence with its Turkish translation', other: 'English sentences with their Turkish translations' } },
		tr: { input: 'İngilizce cümleler', inputPossessive: false, output: 'Türkçe çeviriler', steps: ['cümleyi çözümle', 'sözcük gruplarını kurallarla çevir', 'sırala ve ekleri ekle'], pairs: { counted: 'İngilizce–Türkçe cümle çifti' } },
		amounts: { scarce: [1000, 3000, 10_000, 20_000], plentiful: [5_000_000, 10_000_000, 30_000_000] },
	},
	{
		id: 'licence-plates',
		en: { input: 'car park camera images', output: 'plate numbers', steps: ['find the plate', 'split it into characters', 'recognize each character'], pairs: { one: 'camera image labelled with its plate number', other: 'camera images labelled with their plate numbers' } },
		tr: { input: 'otopark kamerası görüntüleri', inputPossessive: true, output: 'plaka numaraları', steps: ['plakayı bul', 'karakterlere ayır', 'her karakteri tanı'], pairs: { described: 'plaka numarasıyla etiketlenmiş', counted: 'kamera görüntüsü' } },
		amounts: { scarce: [500, 1000, 3000, 10_000], plentiful: [1_000_000, 2_000_000] },
	},
];

export function hasEnoughData(s: EndToEndScenario): boolean {
	return hasEnoughForWholeMapping(s.pipeline.id, s.start, s.pairs);
}

/** One case the scenarios can show: a pipeline, where its network starts, and whether the data is plentiful for that start. */
export interface EndToEndCase {
	pipeline: Pipeline;
	start: Start;
	enough: boolean;
}

/** Every pipeline from scratch with too little data and (where realistic) with plenty, and from a pretrained start where published results say how much suffices. */
export const endToEndCases: readonly EndToEndCase[] = pipelines.flatMap((pipeline): EndToEndCase[] => [
	...(pipeline.amounts.plentiful ? [{ pipeline, start: 'scratch' as const, enough: true }] : []),
	{ pipeline, start: 'scratch', enough: false },
	...(pipeline.amounts.pretrained ? [{ pipeline, start: 'pretrained' as const, enough: true }] : []),
]);

export function generateEndToEnd(random: Random, index: number): EndToEndScenario {
	const { pipeline, start, enough } = endToEndCases[index]!;
	const amounts = start === 'pretrained' ? pipeline.amounts.pretrained! : enough ? pipeline.amounts.plentiful! : pipeline.amounts.scarce;
	return { concept: 'end-to-end', pipeline, start, pairs: pick(random, amounts) };
}

/**
 * The end-to-end condition (id `data` in conditions.ts): enough examples of
 * the whole mapping from input to output. How many is enough depends on the
 * pipeline, and on where the network starts: trained from scratch it must
 * learn everything from these examples; started from a pretrained network
 * it needs far fewer. Each pipeline states its own thresholds, counted in
 * its own unit (hours of speech, images, sentence pairs).
 *
 * Where the numbers come from:
 * - speech, from scratch: Ng's rule of thumb (Structuring Machine Learning
 *   Projects, week 2, 2017) put the line at tens of thousands of hours of
 *   transcribed audio, with pipelines better at a few thousand. Better
 *   training has moved it: with SpecAugment, Park et al. 2019 (Interspeech,
 *   arXiv:1904.08779) trained end-to-end networks (Listen, Attend and Spell)
 *   from scratch that beat the best pipelines on Switchboard (300 hours)
 *   and LibriSpeech (960 hours). The threshold is that order of magnitude,
 *   about 1,000 hours; the scarce amounts stay at a hundred hours or less,
 *   where the lesson still advises a pipeline or a pretrained start.
 * - speech, pretrained: Baevski et al. 2020 (wav2vec 2.0, NeurIPS): pretrained
 *   on 53,000 hours of untranscribed audio and fine-tuned on one hour of
 *   transcribed speech, it beat the previous best system trained on 100
 *   hours; with ten minutes it still reached 4.8/8.2% word error rate. Both
 *   figures are with a language model in decoding, and the cards say so.
 * - bone age, pretrained: Halabi et al. 2019 (Radiology 290:498-503): in the
 *   RSNA 2017 Pediatric Bone Age Challenge, networks mapping the whole hand
 *   X-ray to an age, fine-tuned from ImageNet weights, won with the
 *   challenge's 12,611 training images (mean error 4.2 months).
 * - the other from-scratch thresholds are this trainer's orders of
 *   magnitude, not measurements; the scenarios stay at least ten times below
 *   them or twice above them, where any reasonable threshold agrees. Bone
 *   age has no "plenty from scratch" scenario: twice its threshold would be
 *   hundreds of thousands of labelled hand X-rays, many times the largest
 *   set published (the challenge's 12,611).
 *
 * Face recognition at a door is not among them: its better system is two
 * learned steps (find the face, then identify it), which the lessons teach
 * with it, not a hand-built pipeline for one network to replace.
 */
export const PIPELINE_IDS = ['speech', 'bone-age', 'translation', 'licence-plates'] as const;
export type PipelineId = (typeof PIPELINE_IDS)[number];

/** Where the end-to-end network starts. */
export type Start = 'scratch' | 'pretrained';

export interface DataNeed {
	/** Examples of the whole mapping a network trained from scratch needs. */
	fromScratch: number;
	/** What a pretrained start needs, for pipelines where published results say so. */
	pretrained?: number;
}

export const END_TO_END_NEEDS: Readonly<Record<PipelineId, DataNeed>> = {
	speech: { fromScratch: 1_000, pretrained: 10 },
	'bone-age': { fromScratch: 100_000, pretrained: 12_000 },
	translation: { fromScratch: 1_000_000 },
	'licence-plates': { fromScratch: 100_000 },
};

/** The threshold for a pipeline and start; throws for a pretrained start the pipeline has no evidence for. */
export function dataNeeded(pipeline: PipelineId, start: Start): number {
	const need = END_TO_END_NEEDS[pipeline];
	if (start === 'scratch') return need.fromScratch;
	if (need.pretrained === undefined) throw new Error(`dataNeeded: no pretrained threshold for the "${pipeline}" pipeline`);
	return need.pretrained;
}

export function hasEnoughForWholeMapping(pipeline: PipelineId, start: Start, examples: number): boolean {
	return examples >= dataNeeded(pipeline, start);
}

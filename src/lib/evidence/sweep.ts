import { MAX_AMOUNT, METHODS, type ExperimentPlan, type Job, type Method } from '../lab/plan.ts';
import type { TransferCondition } from '../conditions/conditions.ts';
import { CUSTOM_DEFAULTS, PRESETS, VARIANTS, type PresetId, type Variant } from '../lab/presets.ts';
import type { EvidenceData, EvidenceSettings, EvidenceVariant } from './evidence-data.ts';

/**
 * What `npm run evidence` measures: final validation accuracy on task B
 * for every method the lab runs, at B sizes from 10 to 1000 images, once
 * with every condition holding and once with one condition violated. Both
 * variants are the lab's own ready experiment for that condition, and every
 * run uses the lab's custom-run seeds, epochs and validation size, so a
 * learner can rerun any point in the lab's custom settings and get the same
 * numbers for each seed.
 */
export const EVIDENCE_AMOUNTS: readonly number[] = [10, 20, 50, 100, 200, 500, MAX_AMOUNT];

/** The condition whose ready experiment supplies the two variants (a ready experiment is named by its condition). */
export const EVIDENCE_CONDITION: PresetId & TransferCondition = 'features';

export const EVIDENCE_VARIANTS = VARIANTS;

export function evidencePlan(variant: Variant): ExperimentPlan {
	const { task, input } = PRESETS[EVIDENCE_CONDITION][variant];
	return { ...CUSTOM_DEFAULTS, task, input, amounts: EVIDENCE_AMOUNTS, methods: METHODS };
}

/** The variants as the data file describes them: what B is, and which condition is violated. */
export function evidenceVariants(): EvidenceVariant[] {
	return EVIDENCE_VARIANTS.map((id) => {
		const { task, input } = evidencePlan(id);
		return { id, task, input, violates: id === 'violated' ? EVIDENCE_CONDITION : null };
	});
}

/** One (variant, amount, seed) training set: every method trains on it. */
export interface SweepJob extends Job {
	variant: Variant;
}

/** Every job of the sweep, small amounts first so early progress shows all variants and methods. */
export function sweepJobs(): SweepJob[] {
	return EVIDENCE_AMOUNTS.flatMap((amount) =>
		EVIDENCE_VARIANTS.flatMap((variant) => evidencePlan(variant).seeds.map((seed) => ({ variant, amount, seed }))),
	);
}

export const jobKey = (job: SweepJob): string => `${job.variant}|${job.amount}|${job.seed}`;

/** Final validation accuracy per method of one job. */
export type JobFinals = Partial<Record<Method, number>>;

/** Four decimals: validation accuracies are multiples of 1/validationSize, so nothing the lesson shows is lost. */
const rounded = (value: number) => Number(value.toFixed(4));

/** The data file's content from the sweep's settings and every job's finals (keyed by jobKey); throws naming a missing job. */
export function assembleEvidence(settings: EvidenceSettings, finals: ReadonlyMap<string, JobFinals>): EvidenceData {
	const variants = evidenceVariants();
	const results = variants.flatMap(({ id: variant }) =>
		settings.methods.flatMap((method) =>
			settings.amounts.map((amount) => ({
				variant, method, amount,
				accuracies: settings.seeds.map((seed) => {
					const value = finals.get(jobKey({ variant, amount, seed }))?.[method];
					if (value === undefined) throw new Error(`evidence: job ${jobKey({ variant, amount, seed })} has no result for ${method}`);
					return rounded(value);
				}),
			})),
		),
	);
	return { command: 'npm run evidence', settings, variants, results };
}

/** Tab-indented JSON with each list of numbers on one line, so a rerun's diff reads per result. */
export function formatEvidence(data: EvidenceData): string {
	return `${JSON.stringify(data, null, '\t').replace(/\[\s+([-\d.,\s]+?)\s+\]/g, (_match, inner: string) => `[${inner.split(/,\s+/).join(', ')}]`)}\n`;
}

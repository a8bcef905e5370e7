import { z } from 'zod';
import { fieldPath } from '../decks/issues.ts';
import { INPUT_KINDS, METHODS, TARGET_TASK_IDS, type Method } from '../lab/plan.ts';
import { CONDITIONS } from '../conditions/conditions.ts';
import { VARIANTS, type Variant } from '../lab/presets.ts';

/**
 * The committed output of `npm run evidence`: the settings that produced
 * it and, per (variant, method, amount), the final validation accuracy of
 * every seed. The lesson's chart, table and cited numbers are all derived
 * from this file.
 */
export const EVIDENCE_FILE = 'content/evidence/transfer-learning.json';

const count = z.number().int().positive();
const methodSchema = z.enum(METHODS);
const variantSchema = z.enum(VARIANTS);

const settingsSchema = z.object({
	sourceModel: z.object({ weightsSha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'), heldOutAccuracy: z.number(), tfjs: z.string() }),
	backend: z.literal('wasm'),
	epochs: count,
	validationSize: count,
	batchSize: count,
	learningRates: z.record(methodSchema, z.object({ head: z.number().positive().optional(), pretrained: z.number().positive().optional(), network: z.number().positive().optional() })),
	methods: z.array(methodSchema).min(1),
	amounts: z.array(count).min(2),
	seeds: z.array(z.number().int()).min(1),
});

const evidenceSchema = z.object({
	command: z.literal('npm run evidence'),
	settings: settingsSchema,
	variants: z.array(z.object({ id: variantSchema, task: z.enum(TARGET_TASK_IDS), input: z.enum(INPUT_KINDS), violates: z.enum(CONDITIONS.transfer).nullable() })).min(1),
	results: z.array(z.object({ variant: variantSchema, method: methodSchema, amount: count, accuracies: z.array(z.number().min(0).max(1)) })),
});

export type EvidenceData = z.infer<typeof evidenceSchema>;
export type EvidenceSettings = EvidenceData['settings'];
export type EvidenceVariant = EvidenceData['variants'][number];
export type EvidenceResult = EvidenceData['results'][number];

/** Validation accuracy of one method at one B size, over the seeds. */
export interface Point {
	amount: number;
	mean: number;
	min: number;
	max: number;
}

export interface Series {
	variant: Variant;
	method: Method;
	/** Ascending by amount, one per amount of the settings. */
	points: Point[];
}

const resultLabel = (result: Pick<EvidenceResult, 'variant' | 'method' | 'amount'>) => `${result.variant}, ${result.method}, ${result.amount} images`;

/** Every problem of the file, each naming the file, the entry and the field. */
function coverageProblems(data: EvidenceData): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	data.results.forEach((result, index) => {
		const where = `results[${index}] (${resultLabel(result)})`;
		const key = resultLabel(result);
		if (seen.has(key)) problems.push(`${where}: appears twice`);
		seen.add(key);
		if (result.accuracies.length !== data.settings.seeds.length) problems.push(`${where}: accuracies: has ${result.accuracies.length} values, expected one per seed (${data.settings.seeds.length})`);
		if (!data.variants.some((variant) => variant.id === result.variant)) problems.push(`${where}: variant: "${result.variant}" is not listed in variants`);
	});
	for (const variant of data.variants) {
		for (const method of data.settings.methods) {
			for (const amount of data.settings.amounts) {
				if (!seen.has(resultLabel({ variant: variant.id, method, amount }))) problems.push(`results: no entry for ${resultLabel({ variant: variant.id, method, amount })}`);
			}
		}
	}
	return problems;
}

/** Checks the file's shape and that every (variant, method, amount) has one accuracy per seed; throws one message listing each problem. */
export function parseEvidence(json: unknown, file: string = EVIDENCE_FILE): EvidenceData {
	const parsed = evidenceSchema.safeParse(json);
	const problems = parsed.success ? coverageProblems(parsed.data) : parsed.error.issues.map((issue) => `${fieldPath(issue.path) || '(root)'}: ${issue.message}`);
	if (problems.length > 0 || !parsed.success) throw new Error(problems.map((problem) => `${file}: ${problem}`).join('\n'));
	return parsed.data;
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

export function seriesOf(data: EvidenceData, variant: Variant, method: Method): Series {
	const points = data.settings.amounts.map((amount) => {
		const result = data.results.find((r) => r.variant === variant && r.method === method && r.amount === amount);
		if (!result) throw new Error(`evidence: no result for ${resultLabel({ variant, method, amount })}`);
		return { amount, mean: mean(result.accuracies), min: Math.min(...result.accuracies), max: Math.max(...result.accuracies) };
	});
	return { variant, method, points: points.sort((a, b) => a.amount - b.amount) };
}

/** One series per (variant, method), variants in file order, methods in settings order. */
export function allSeries(data: EvidenceData): Series[] {
	return data.variants.flatMap((variant) => data.settings.methods.map((method) => seriesOf(data, variant.id, method)));
}

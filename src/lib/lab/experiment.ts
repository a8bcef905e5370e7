import { generateDataset, permuteDataset, pixelPermutation, type Dataset } from './dataset.ts';
import { targetTaskOrThrow } from './tasks.ts';
import { runMethod, type Method, type Source } from './methods.ts';
import { mixSeed } from './random.ts';
import type { TaskId } from './task.ts';
import { disposeSplit, imagesToTensors } from './train.ts';

/** How B's images reach the network: as drawn, or through a fixed pixel permutation. */
export type InputKind = 'original' | 'permuted';

/** Everything a run depends on; the same plan always gives the same numbers. */
export interface ExperimentPlan {
	task: TaskId;
	input: InputKind;
	/** Numbers of B training images to try, each from 10 to 500. */
	amounts: readonly number[];
	methods: readonly Method[];
	seeds: readonly number[];
	epochs: number;
	validationSize: number;
}

/** Validation accuracy per epoch for one (method, amount, seed). */
export interface Curve {
	method: Method;
	amount: number;
	seed: number;
	accuracies: number[];
}

export interface Progress {
	curve: Curve;
	/** Epochs finished over the whole plan, and how many there are. */
	done: number;
	total: number;
}

export const MIN_AMOUNT = 10;
export const MAX_AMOUNT = 500;
/** One fixed permutation for every permuted run, so the variant is a single, well-defined "other kind of input". */
export const PERMUTATION_SEED = 424242;
const VALIDATION_SEED = 99;

/** Throws naming the field if a plan is out of range, so a bad preset or form value fails clearly. */
export function validatePlan(plan: ExperimentPlan): void {
	const fail = (field: string, problem: string) => {
		throw new Error(`experiment plan: "${field}" ${problem}`);
	};
	targetTaskOrThrow(plan.task);
	if (plan.input !== 'original' && plan.input !== 'permuted') fail('input', `must be "original" or "permuted", got ${String(plan.input)}`);
	if (plan.amounts.length === 0) fail('amounts', 'must list at least one amount');
	for (const amount of plan.amounts) {
		if (!Number.isInteger(amount) || amount < MIN_AMOUNT || amount > MAX_AMOUNT) fail('amounts', `must be whole numbers from ${MIN_AMOUNT} to ${MAX_AMOUNT}, got ${amount}`);
	}
	if (plan.methods.length === 0) fail('methods', 'must list at least one method');
	if (plan.seeds.length === 0) fail('seeds', 'must list at least one seed');
	if (!Number.isInteger(plan.epochs) || plan.epochs < 1 || plan.epochs > 100) fail('epochs', `must be a whole number from 1 to 100, got ${plan.epochs}`);
	if (!Number.isInteger(plan.validationSize) || plan.validationSize < 10) fail('validationSize', `must be a whole number of at least 10, got ${plan.validationSize}`);
}

export function totalEpochs(plan: ExperimentPlan): number {
	return plan.amounts.length * plan.methods.length * plan.seeds.length * plan.epochs;
}

function prepare(plan: ExperimentPlan, dataset: Dataset): Dataset {
	return plan.input === 'permuted' ? permuteDataset(dataset, pixelPermutation(PERMUTATION_SEED)) : dataset;
}

/**
 * Runs every (amount, seed, method) of the plan in a fixed order. `onEpoch`
 * sees each epoch's accuracy and may return false to cancel; then the
 * curves finished so far are returned. All tensors are disposed.
 */
export async function runExperiment(plan: ExperimentPlan, source: Source, onEpoch: (progress: Progress) => boolean | Promise<boolean>): Promise<Curve[]> {
	validatePlan(plan);
	const task = targetTaskOrThrow(plan.task);
	const classCount = task.classes.length;
	const validation = imagesToTensors(prepare(plan, generateDataset(task, plan.validationSize, VALIDATION_SEED)));
	const curves: Curve[] = [];
	let done = 0;
	let cancelled = false;
	try {
		for (const amount of plan.amounts) {
			for (const seed of plan.seeds) {
				// The same B images for every method: the comparison is between methods, not samples.
				const train = imagesToTensors(prepare(plan, generateDataset(task, amount, mixSeed(seed, amount))));
				try {
					for (const method of plan.methods) {
						const curve: Curve = { method, amount, seed, accuracies: [] };
						curves.push(curve);
						await runMethod({
							method, source, train, validation, classCount, epochs: plan.epochs, seed: mixSeed(seed, amount, plan.methods.indexOf(method)),
							onEpoch: async (_epoch, accuracy) => {
								curve.accuracies.push(accuracy);
								done++;
								cancelled = !(await onEpoch({ curve, done, total: totalEpochs(plan) }));
								return !cancelled;
							},
						});
						if (cancelled) return curves;
					}
				} finally {
					disposeSplit(train);
				}
			}
		}
		return curves;
	} finally {
		disposeSplit(validation);
	}
}

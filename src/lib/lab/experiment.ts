import { generateDataset, permuteDataset, pixelPermutation, type Dataset } from './dataset.ts';
import { runMethod, type Source } from './methods.ts';
import { jobsForShare, shareEpochs, validatePlan, type Curve, type ExperimentPlan, type Method, type Progress, type Share } from './plan.ts';
import { mixSeed } from './random.ts';
import { targetTask } from './tasks.ts';
import { disposeSplit, imagesToTensors } from './train.ts';

/** One fixed permutation for every permuted run, so the variant is a single, well-defined "other kind of input". */
export const PERMUTATION_SEED = 424242;
const VALIDATION_SEED = 99;
/** Each method's own number in a curve's seed, fixed so that adding a method or changing the order they are shown in never changes a curve. */
const METHOD_SEED: Readonly<Record<Method, number>> = { 'linear-probe': 0, 'fine-tune-all': 1, scratch: 2, 'fine-tune-top': 3 };

function prepare(plan: ExperimentPlan, dataset: Dataset): Dataset {
	return plan.input === 'permuted' ? permuteDataset(dataset, pixelPermutation(PERMUTATION_SEED)) : dataset;
}

/**
 * Runs every (amount, seed, method) of the plan's share (all of it by
 * default) in a fixed order. `onEpoch` sees each epoch's accuracy and may
 * return false to cancel; then the curves finished so far are returned.
 * All tensors are disposed.
 */
export async function runExperiment(
	plan: ExperimentPlan,
	source: Source,
	onEpoch: (progress: Progress) => boolean | Promise<boolean>,
	share: Share = { index: 0, count: 1 },
): Promise<Curve[]> {
	validatePlan(plan);
	const task = targetTask(plan.task);
	const classCount = task.classes.length;
	const validation = imagesToTensors(prepare(plan, generateDataset(task, plan.validationSize, VALIDATION_SEED)));
	const curves: Curve[] = [];
	const total = shareEpochs(plan, share);
	let done = 0;
	let cancelled = false;
	try {
		for (const { amount, seed } of jobsForShare(plan, share)) {
			// The same B images for every method: the comparison is between methods, not samples.
			const train = imagesToTensors(prepare(plan, generateDataset(task, amount, mixSeed(seed, amount))));
			try {
				for (const method of plan.methods) {
					const curve: Curve = { method, amount, seed, accuracies: [] };
					curves.push(curve);
					await runMethod({
						method, source, train, validation, classCount, epochs: plan.epochs,
						// Seeded by the method's fixed number, so a curve is the same whichever other methods run beside it.
						seed: mixSeed(seed, amount, METHOD_SEED[method]),
						onEpoch: async (_epoch, accuracy) => {
							curve.accuracies.push(accuracy);
							done++;
							cancelled = !(await onEpoch({ curve, done, total }));
							return !cancelled;
						},
					});
					if (cancelled) return curves;
				}
			} finally {
				disposeSplit(train);
			}
		}
		return curves;
	} finally {
		disposeSplit(validation);
	}
}

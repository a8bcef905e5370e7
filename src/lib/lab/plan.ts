/**
 * What an experiment is, as plain data: the page, the worker and the tests
 * share these types and checks. Nothing here imports tfjs, so the page can
 * use it without loading TensorFlow.js.
 */

/** The three ways to get a network for task B. */
export const METHODS = ['feature-extraction', 'fine-tuning', 'scratch'] as const;
export type Method = (typeof METHODS)[number];

/** Tasks a learner can pick as B (task A is always the shapes). */
export const TARGET_TASK_IDS = ['letters', 'textures'] as const;
export type TargetTaskId = (typeof TARGET_TASK_IDS)[number];

/** How B's images reach the network: as drawn, or through a fixed pixel permutation. */
export const INPUT_KINDS = ['original', 'permuted'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

/** Everything a run depends on; the same plan always gives the same numbers. */
export interface ExperimentPlan {
	task: TargetTaskId;
	input: InputKind;
	/** Numbers of B training images to try, each from MIN_AMOUNT to MAX_AMOUNT. */
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

/** Throws naming the field if a plan is out of range, so a bad preset or form value fails clearly. */
export function validatePlan(plan: ExperimentPlan): void {
	const fail = (field: string, problem: string) => {
		throw new Error(`experiment plan: "${field}" ${problem}`);
	};
	if (!(TARGET_TASK_IDS as readonly string[]).includes(plan.task)) fail('task', `must be one of ${TARGET_TASK_IDS.join(', ')}, got ${String(plan.task)}`);
	if (!(INPUT_KINDS as readonly string[]).includes(plan.input)) fail('input', `must be one of ${INPUT_KINDS.join(', ')}, got ${String(plan.input)}`);
	if (plan.amounts.length === 0) fail('amounts', 'must list at least one amount');
	for (const amount of plan.amounts) {
		if (!Number.isInteger(amount) || amount < MIN_AMOUNT || amount > MAX_AMOUNT) fail('amounts', `must be whole numbers from ${MIN_AMOUNT} to ${MAX_AMOUNT}, got ${amount}`);
	}
	if (plan.methods.length === 0) fail('methods', 'must list at least one method');
	for (const method of plan.methods) {
		if (!(METHODS as readonly string[]).includes(method)) fail('methods', `must be among ${METHODS.join(', ')}, got ${String(method)}`);
	}
	if (plan.seeds.length === 0) fail('seeds', 'must list at least one seed');
	if (!Number.isInteger(plan.epochs) || plan.epochs < 1 || plan.epochs > 100) fail('epochs', `must be a whole number from 1 to 100, got ${plan.epochs}`);
	if (!Number.isInteger(plan.validationSize) || plan.validationSize < 10) fail('validationSize', `must be a whole number of at least 10, got ${plan.validationSize}`);
}

export function totalEpochs(plan: ExperimentPlan): number {
	return plan.amounts.length * plan.methods.length * plan.seeds.length * plan.epochs;
}

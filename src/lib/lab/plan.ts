import { METHOD_IDS, type MethodId } from '../methods.ts';

/**
 * What an experiment is, as plain data: the page, the worker and the tests
 * share these types and checks. Nothing here imports tfjs, so the page can
 * use it without loading TensorFlow.js.
 */

/** The ways to get a network for task B: the lab runs all four shared methods (src/lib/methods.ts). */
export const METHODS = METHOD_IDS;
export type Method = MethodId;

/** Images task A's network was trained on (source-training.ts): what "much more data for A" is measured against. */
export const SOURCE_IMAGES = 6000;

/** Tasks a learner can pick as B (task A is always the shapes). */
export const TARGET_TASK_IDS = ['letters', 'sounds', 'textures'] as const;
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
/** As far as the evidence sweep (`npm run evidence`) goes, so a learner can rerun any of its points in the lab's custom settings. */
export const MAX_AMOUNT = 1000;

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

/** One B training set of a plan: every method trains on it. */
export interface Job {
	amount: number;
	seed: number;
}

/** Which part of a plan one worker runs: share `index` of `count`. */
export interface Share {
	index: number;
	count: number;
}

/**
 * The plan's jobs for one share, in plan order. Jobs go to shares greedily
 * by cost (a job's cost grows with its amount, plus the validation passes
 * every epoch), largest first, so two workers finish at about the same
 * time. Every curve's seed depends only on (seed, amount, method), so how a
 * plan is split never changes its numbers.
 */
export function jobsForShare(plan: ExperimentPlan, share: Share): Job[] {
	if (!Number.isInteger(share.count) || share.count < 1 || !Number.isInteger(share.index) || share.index < 0 || share.index >= share.count) {
		throw new Error(`experiment share: index must be a whole number from 0 to count - 1, got ${share.index} of ${share.count}`);
	}
	const jobs = plan.amounts.flatMap((amount) => plan.seeds.map((seed) => ({ amount, seed })));
	const owner = new Map<Job, number>();
	const load = new Array<number>(share.count).fill(0);
	for (const job of [...jobs].sort((a, b) => b.amount - a.amount)) {
		const lightest = load.indexOf(Math.min(...load));
		owner.set(job, lightest);
		load[lightest] = (load[lightest] as number) + job.amount + plan.validationSize / 3;
	}
	return jobs.filter((job) => owner.get(job) === share.index);
}

/** Epochs one share will report: the length of its progress bar. */
export function shareEpochs(plan: ExperimentPlan, share: Share): number {
	return jobsForShare(plan, share).length * plan.methods.length * plan.epochs;
}

/** Puts curves from several shares back in plan order (amount, seed, method), so results never depend on which worker finished first. */
export function inPlanOrder(plan: ExperimentPlan, curves: readonly Curve[]): Curve[] {
	const rank = (curve: Curve) => [plan.amounts.indexOf(curve.amount), plan.seeds.indexOf(curve.seed), plan.methods.indexOf(curve.method)] as const;
	return [...curves].sort((a, b) => {
		const [ra, rb] = [rank(a), rank(b)];
		return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2];
	});
}

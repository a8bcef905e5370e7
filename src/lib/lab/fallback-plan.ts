import type { ExperimentPlan } from './plan.ts';

/**
 * Without WebAssembly or module workers the lab trains on the page itself
 * with the pure-JS cpu backend, which is several times slower and blocks
 * the page while it works. This keeps such a run to seconds: at most 50
 * images, two seeds, ten epochs, 100 validation images. The page labels
 * the run as reduced.
 */
export const FALLBACK_LIMITS = { maxAmount: 50, seeds: 2, epochs: 10, validationSize: 100 } as const;

export function reducePlanForMainThread(plan: ExperimentPlan): ExperimentPlan {
	const amounts = [...new Set(plan.amounts.map((amount) => Math.min(amount, FALLBACK_LIMITS.maxAmount)))];
	return {
		...plan,
		amounts,
		seeds: plan.seeds.slice(0, FALLBACK_LIMITS.seeds),
		epochs: Math.min(plan.epochs, FALLBACK_LIMITS.epochs),
		validationSize: Math.min(plan.validationSize, FALLBACK_LIMITS.validationSize),
	};
}

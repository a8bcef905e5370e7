/**
 * "Task A → task B" scenarios for transfer learning. The conditions (ids,
 * wording and the "much more data" threshold) are defined once in
 * src/lib/conditions; this module reads them from a scenario's facts and
 * picks facts for a wanted combination.
 */
import type { TransferCondition } from '../conditions/conditions.ts';
import { hasMuchMoreData, MUCH_MORE_DATA_RATIO } from '../conditions/transfer.ts';
import { featuresCarryOver, tasks, type Task } from './bank.ts';
import { pick, type Random } from './prng.ts';

/** Whether each transfer condition holds, by its shared id. */
export type TransferConditions = Record<TransferCondition, boolean>;

export interface TransferScenario {
	concept: 'transfer';
	source: Task;
	target: Task;
	sourceCount: number;
	targetCount: number;
}

/** The truth of each condition, read from the scenario's facts. */
export function transferConditions(scenario: TransferScenario): TransferConditions {
	return {
		input: scenario.source.input === scenario.target.input,
		data: hasMuchMoreData(scenario.sourceCount, scenario.targetCount),
		features: featuresCarryOver(scenario.source, scenario.target),
	};
}

/**
 * Every combination a scenario can show. Features are never shared across
 * kinds of input, so "the inputs differ, but A's features help B" cannot
 * happen: 6 combinations, not 8.
 */
export const transferCombinations: readonly TransferConditions[] = [0, 1, 2, 3, 4, 5, 6, 7]
	.map((bits) => ({ input: (bits & 1) === 0, data: (bits & 2) === 0, features: (bits & 4) === 0 }))
	.filter((c) => c.input || !c.features);

const smallTargetCounts = [100, 200, 300, 500, 800, 1000, 2000, 5000];
/** A has at least five times the threshold's ratio, so "much more" is never a close call. */
const bigRatios = [5, 10, 20, 50, 100].map((factor) => factor * MUCH_MORE_DATA_RATIO);
const sourceCountsWhenScarce = [300, 500, 1000, 2000, 5000, 10_000, 20_000];
/** B has as much data as A or more: 1 means the same amount. */
const notSmallerFactors = [1, 2, 3, 5, 10, 20];

function counts(random: Random, muchMore: boolean): { sourceCount: number; targetCount: number } {
	if (muchMore) {
		const targetCount = pick(random, smallTargetCounts);
		return { sourceCount: targetCount * pick(random, bigRatios), targetCount };
	}
	const sourceCount = pick(random, sourceCountsWhenScarce);
	return { sourceCount, targetCount: sourceCount * pick(random, notSmallerFactors) };
}

/** A scenario whose facts make exactly the wanted conditions hold. */
export function generateTransfer(random: Random, wanted: TransferConditions): TransferScenario {
	const pairs = tasks.flatMap((source) =>
		tasks
			.filter((target) => target !== source)
			.filter((target) => (source.input === target.input) === wanted.input && featuresCarryOver(source, target) === wanted.features)
			.map((target) => ({ source, target })),
	);
	if (pairs.length === 0) throw new Error(`generateTransfer: no pair of tasks gives ${JSON.stringify(wanted)}`);
	const { source, target } = pick(random, pairs);
	return { concept: 'transfer', source, target, ...counts(random, wanted.data) };
}

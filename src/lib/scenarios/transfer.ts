/**
 * "Task A → task B" scenarios for transfer learning. The three conditions
 * of the chapter must all hold for transfer to be practical:
 * 1. A and B take the same kind of input;
 * 2. there is much more data for A than for B;
 * 3. the low-level features learned for A help with B.
 */
import { featuresCarryOver, tasks, type Task } from './bank';
import { pick, type Random } from './prng';

export interface TransferConditions {
	sameInput: boolean;
	muchMoreSourceData: boolean;
	usefulFeatures: boolean;
}

export interface TransferScenario {
	concept: 'transfer';
	source: Task;
	target: Task;
	sourceCount: number;
	targetCount: number;
}

/** "Much more data" means at least this many times as much; the generator never goes near the line. */
export const muchMoreDataRatio = 10;

/** The truth of each condition, read from the scenario's facts. */
export function transferConditions(scenario: TransferScenario): TransferConditions {
	return {
		sameInput: scenario.source.input === scenario.target.input,
		muchMoreSourceData: scenario.sourceCount >= muchMoreDataRatio * scenario.targetCount,
		usefulFeatures: featuresCarryOver(scenario.source, scenario.target),
	};
}

/** The 8 combinations, numbered by which conditions fail (bit 0: input, bit 1: data, bit 2: features). */
export function transferCombination(index: number): TransferConditions {
	return { sameInput: (index & 1) === 0, muchMoreSourceData: (index & 2) === 0, usefulFeatures: (index & 4) === 0 };
}

const smallTargetCounts = [100, 200, 300, 500, 800, 1000, 2000, 5000];
const bigRatios = [50, 100, 200, 500, 1000];
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
			.filter((target) => (source.input === target.input) === wanted.sameInput && featuresCarryOver(source, target) === wanted.usefulFeatures)
			.map((target) => ({ source, target })),
	);
	const { source, target } = pick(random, pairs);
	return { concept: 'transfer', source, target, ...counts(random, wanted.muchMoreSourceData) };
}

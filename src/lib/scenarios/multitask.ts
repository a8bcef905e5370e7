/**
 * Multi-task scenarios: one network learns several tasks at once. The
 * chapter gives three conditions for this to pay off: the tasks share
 * low-level features, they have similar amounts of data, and the network
 * can be made big enough to do well on all of them.
 */
import { featuresCarryOver, tasks, type Task } from './bank';
import { pick, shuffled, type Random } from './prng';

export interface MultitaskConditions {
	sharedFeatures: boolean;
	similarData: boolean;
	bigEnoughNetwork: boolean;
}

export interface MultitaskScenario {
	concept: 'multitask';
	tasks: { task: Task; count: number }[];
	/** The task the network was tried on alone, to show its capacity. */
	probe: number;
	/** Whether the network already underfits the probe task alone. */
	underfitsAlone: boolean;
}

/** How the tasks are named in both languages. */
export const taskLetters = ['A', 'B', 'C'];

/** Similar amounts: the largest at most this many times the smallest (the generator never goes near the line). */
export const similarDataRatio = 2;

export function multitaskConditions(s: MultitaskScenario): MultitaskConditions {
	const counts = s.tasks.map((t) => t.count);
	return {
		sharedFeatures: s.tasks.every((a) => s.tasks.every((b) => a === b || featuresCarryOver(a.task, b.task))),
		similarData: Math.max(...counts) <= similarDataRatio * Math.min(...counts),
		bigEnoughNetwork: !s.underfitsAlone,
	};
}

/** The 8 combinations, numbered by which conditions fail (bit 0: features, bit 1: data, bit 2: network). */
export function multitaskCombination(index: number): MultitaskConditions {
	return { sharedFeatures: (index & 1) === 0, similarData: (index & 2) === 0, bigEnoughNetwork: (index & 4) === 0 };
}

function sharingTasks(random: Random, size: number): Task[] {
	const groups = new Map<string, Task[]>();
	for (const task of tasks.filter((t) => t.features.shareable)) {
		const key = `${task.input}/${task.features.id}`;
		groups.set(key, [...(groups.get(key) ?? []), task]);
	}
	const group = pick(random, [...groups.values()].filter((g) => g.length >= size));
	return shuffled(random, group).slice(0, size);
}

/** Tasks of the same kind of input where at least one relies on features the others cannot use. */
function mismatchedTasks(random: Random, size: number): Task[] {
	const loner = pick(random, tasks.filter((t) => !t.features.shareable));
	const others = shuffled(random, tasks.filter((t) => t !== loner && t.input === loner.input)).slice(0, size - 1);
	return shuffled(random, [loner, ...others]);
}

const baseCounts = [2000, 5000, 10_000, 20_000, 50_000, 100_000];
const similarFactors = [1, 1.2, 1.5, 2];
const lopsidedFactors = [50, 100, 200];

function counts(random: Random, size: number, similar: boolean): number[] {
	const base = pick(random, baseCounts);
	if (similar) return Array.from({ length: size }, () => Math.round(base * pick(random, similarFactors)));
	// One task has base data exactly, one has far more; any third sits in between.
	const [big, small, ...rest] = shuffled(random, Array.from({ length: size }, (_, i) => i));
	const out = new Array<number>(size).fill(base);
	out[big!] = base * pick(random, lopsidedFactors);
	out[small!] = base;
	for (const i of rest) out[i] = Math.round(base * pick(random, similarFactors));
	return out;
}

export function generateMultitask(random: Random, wanted: MultitaskConditions): MultitaskScenario {
	const size = pick(random, [2, 3]);
	const chosen = wanted.sharedFeatures ? sharingTasks(random, size) : mismatchedTasks(random, size);
	const amounts = counts(random, chosen.length, wanted.similarData);
	return {
		concept: 'multitask',
		tasks: chosen.map((task, i) => ({ task, count: amounts[i]! })),
		probe: Math.floor(random() * chosen.length),
		underfitsAlone: !wanted.bigEnoughNetwork,
	};
}

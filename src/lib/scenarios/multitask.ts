/**
 * Multi-task scenarios: one network learns several tasks at once. The
 * conditions (ids, wording and the "similar amounts" threshold) are defined
 * once in src/lib/conditions: the tasks share low-level features, they have
 * similar amounts of data, and the network can be made big enough for all
 * of them. When only the data balance fails, the tasks with less data
 * still gain; the data-rich one gains little or nothing, and may lose a
 * little. When one task's features are shared by no other, that task gains
 * nothing, but the others may still gain from each other. "Gains" means a
 * clear gain: the verdict option claims one for every task, so a data-rich
 * task's small or no gain makes it false.
 */
import { gainsFrom, haveSimilarAmounts, SIMILAR_DATA_RATIO } from '../conditions/multitask.ts';
import type { MultitaskCondition } from '../conditions/conditions.ts';
import { assemble, conditionReports, type Phrasing, type RenderedScenario } from './assemble.ts';
import { featuresCarryOver, tasks, type Task } from './bank.ts';
import { pick, shuffled, type Random } from './prng.ts';

/** Whether each multi-task condition holds, by its shared id. */
export type MultitaskConditions = Record<MultitaskCondition, boolean>;

export interface MultitaskScenario {
	concept: 'multitask';
	tasks: { task: Task; count: number }[];
	/** The task the network was tried on alone, to show its capacity. */
	probe: number;
	/** Whether the network already underfits the probe task alone and cannot be made bigger. */
	underfitsAlone: boolean;
}

/** How the tasks are named in both languages. */
export const taskLetters = ['A', 'B', 'C'];

export function multitaskConditions(s: MultitaskScenario): MultitaskConditions {
	return {
		features: s.tasks.every((a) => s.tasks.every((b) => a === b || featuresCarryOver(a.task, b.task))),
		data: haveSimilarAmounts(s.tasks.map((t) => t.count)),
		network: !s.underfitsAlone,
	};
}

/** The 8 combinations, numbered by which conditions fail (bit 0: features, bit 1: data, bit 2: network). */
export const multitaskCombinations: readonly MultitaskConditions[] = [0, 1, 2, 3, 4, 5, 6, 7].map((bits) => ({
	features: (bits & 1) === 0,
	data: (bits & 2) === 0,
	network: (bits & 4) === 0,
}));

/** The tasks that share task `i`'s low-level features, whatever their data. */
export function featurePartners(s: MultitaskScenario, i: number): number[] {
	return s.tasks.flatMap((other, j) => (j !== i && featuresCarryOver(s.tasks[i]!.task, other.task) ? [j] : []));
}

/**
 * Who gains from learning together, task by task: nobody when the network
 * cannot be made big enough; otherwise each task that shares its low-level
 * features with a task that does not have far less data (gainsFrom). So
 * every task gains when all conditions hold; when only the data balance
 * fails, all but the data-rich one; and a task whose features no other task
 * shares gains nothing, while the others may still gain from each other.
 */
export function tasksThatGain(s: MultitaskScenario): number[] {
	if (s.underfitsAlone) return [];
	return s.tasks.flatMap(({ count }, i) => (featurePartners(s, i).some((j) => gainsFrom(count, s.tasks[j]!.count)) ? [i] : []));
}

/** The task with the least data; generated amounts are all different, so there is one. */
export function leastDataTask(s: MultitaskScenario): number {
	const counts = s.tasks.map((t) => t.count);
	return counts.indexOf(Math.min(...counts));
}

/** The task with the most data, which gains little or nothing when the amounts are far apart. */
export function dataRichTask(s: MultitaskScenario): number {
	const counts = s.tasks.map((t) => t.count);
	return counts.indexOf(Math.max(...counts));
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

/** Tasks of the same kind of input (one network takes one kind) where one relies on features the others cannot use. */
function mismatchedTasks(random: Random, size: number): Task[] {
	const sameInput = (task: Task) => tasks.filter((t) => t !== task && t.input === task.input);
	const loner = pick(random, tasks.filter((t) => !t.features.shareable && sameInput(t).length >= size - 1));
	const others = shuffled(random, sameInput(loner)).slice(0, size - 1);
	return shuffled(random, [loner, ...others]);
}

const baseCounts = [2000, 5000, 10_000, 20_000, 50_000, 100_000];
/** At most the threshold apart, so "similar" is never a close call … */
const similarFactors = [1, 1.2, 1.5, SIMILAR_DATA_RATIO];
/** … and at least 25 times the threshold apart when the amounts differ. */
const lopsidedFactors = [25, 50, 100].map((factor) => factor * SIMILAR_DATA_RATIO);

/** Every amount different, so that "the task with the least data" names one task. */
function counts(random: Random, size: number, similar: boolean): number[] {
	const base = pick(random, baseCounts);
	if (similar) return shuffled(random, similarFactors).slice(0, size).map((factor) => Math.round(base * factor));
	// One task has base data exactly, one has far more; any third sits strictly in between.
	const [big, small, ...rest] = shuffled(random, Array.from({ length: size }, (_, i) => i));
	const out = new Array<number>(size).fill(base);
	out[big!] = base * pick(random, lopsidedFactors);
	out[small!] = base;
	for (const i of rest) out[i] = Math.round(base * pick(random, similarFactors.filter((factor) => factor > 1)));
	return out;
}

export function generateMultitask(random: Random, wanted: MultitaskConditions): MultitaskScenario {
	const size = pick(random, [2, 3]);
	const chosen = wanted.features ? sharingTasks(random, size) : mismatchedTasks(random, size);
	const amounts = counts(random, chosen.length, wanted.data);
	return {
		concept: 'multitask',
		tasks: chosen.map((task, i) => ({ task, count: amounts[i]! })),
		probe: Math.floor(random() * chosen.length),
		underfitsAlone: !wanted.network,
	};
}

/** What a language says in a multi-task scenario; `renderMultitask` puts it together. */
export interface MultitaskWording {
	phrasing: Phrasing;
	/** The tasks, their data and the network's capacity, then the instruction. */
	prompt(): string;
	verdictOption: string;
	/** Why each condition holds or fails for this scenario. */
	reasons(conditions: MultitaskConditions): Record<MultitaskCondition, string>;
	smallTasksGain: {
		text: string;
		/** It gains: it shares its features with `partners`. */
		right(least: number, partners: number[]): string;
		/** It does not: no other task shares its features. */
		alone(least: number): string;
		/** It does not: the network cannot be made big enough. */
		tooSmall: string;
	};
	/** Feedback on the verdict when only the data balance fails: not every task gains. */
	notEveryTask(rich: number, gainers: number[]): string;
	conclusion: {
		practical: string;
		onlyDataFails(rich: number, gainers: number[]): string;
		/** The network is big enough, but `loners` share no features with the others, some of which (`gainers`) still gain from learning together. */
		ownNetwork(loners: number[], gainers: number[]): string;
		separate: string;
	};
}

export function renderMultitask(s: MultitaskScenario, wording: MultitaskWording): RenderedScenario {
	const conditions = multitaskConditions(s);
	const gainers = tasksThatGain(s);
	const rich = dataRichTask(s);
	const onlyDataFails = conditions.features && conditions.network && !conditions.data;
	const least = leastDataTask(s);
	const leastPartners = featurePartners(s, least);
	const loners = s.tasks.flatMap((_, i) => (featurePartners(s, i).length === 0 ? [i] : []));
	const { smallTasksGain, conclusion } = wording;
	const leastGains = gainers.includes(least);
	const smallTasksFeedback = leastGains ? smallTasksGain.right(least, leastPartners) : leastPartners.length === 0 ? smallTasksGain.alone(least) : smallTasksGain.tooSmall;
	const concluding = (practical: boolean) => {
		if (practical) return conclusion.practical;
		if (onlyDataFails) return conclusion.onlyDataFails(rich, gainers);
		return gainers.length > 0 ? conclusion.ownNetwork(loners, gainers) : conclusion.separate;
	};
	return assemble(
		{
			prompt: wording.prompt(),
			verdictOption: wording.verdictOption,
			conditions: conditionReports(wording.phrasing, 'multitask', conditions, wording.reasons(conditions)),
			extraOptions: [{ id: 'small-tasks-gain', text: smallTasksGain.text, correct: leastGains, feedback: smallTasksFeedback }],
			...(onlyDataFails ? { verdictFeedback: wording.notEveryTask(rich, gainers) } : {}),
			conclusion: concluding,
		},
		wording.phrasing,
	);
}

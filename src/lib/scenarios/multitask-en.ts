/** English wording of multi-task scenarios. */
import { assemble, englishPhrasing, type RenderedScenario } from './assemble';
import { listOf } from './format';
import { countOf, timesAsMany } from './english';
import { multitaskConditions, taskLetters, type MultitaskScenario } from './multitask';

function featuresReason(s: MultitaskScenario, shared: boolean): string {
	if (shared) return `every task relies on the same low-level features: ${s.tasks[0]!.task.features.en}`;
	return s.tasks.map(({ task }, i) => `${taskLetters[i]} relies on ${task.features.en}`).join('; ');
}

function dataReason(s: MultitaskScenario, similar: boolean): string {
	const amounts = listOf(s.tasks.map(({ task, count }, i) => `${taskLetters[i]} has ${countOf(count, task.unit.en)}`), 'en');
	if (similar) return `${amounts}, so the largest is at most twice the smallest`;
	const counts = s.tasks.map((t) => t.count);
	const most = counts.indexOf(Math.max(...counts));
	const least = counts.indexOf(Math.min(...counts));
	return `${amounts}: ${taskLetters[most]} has ${timesAsMany(counts[most]! / counts[least]!)} as many examples as ${taskLetters[least]}`;
}

function networkReason(s: MultitaskScenario, bigEnough: boolean): string {
	const probe = taskLetters[s.probe];
	if (bigEnough) return `trained on ${probe} alone, the network has capacity to spare`;
	return `the network already underfits ${probe} alone, so it cannot do well on all the tasks at once`;
}

export function multitaskInEnglish(s: MultitaskScenario): RenderedScenario {
	const conditions = multitaskConditions(s);
	const probe = taskLetters[s.probe];
	const capacity = s.underfitsAlone
		? `Trained on task ${probe} alone, the network already underfits: its training error stays high.`
		: `Trained on task ${probe} alone, the network reaches a low training error with capacity to spare.`;
	const listing = s.tasks.map(({ task, count }, i) => `Task ${taskLetters[i]}: ${task.en} (${countOf(count, task.unit.en)}).`).join(' ');
	return assemble(
		{
			prompt: `One network would learn these tasks together, with one output per task. ${listing} ${capacity} Select every true statement.`,
			verdictOption: 'Multi-task learning is practical here.',
			conditions: [
				{ id: 'features', holds: conditions.sharedFeatures, name: 'shared low-level features', failsOption: 'The tasks do not share low-level features.', reason: featuresReason(s, conditions.sharedFeatures) },
				{ id: 'data', holds: conditions.similarData, name: 'similar amounts of data', failsOption: 'The tasks do not have similar amounts of data.', reason: dataReason(s, conditions.similarData) },
				{ id: 'network', holds: conditions.bigEnoughNetwork, name: 'a network big enough for every task', failsOption: 'The network is not big enough for all the tasks.', reason: networkReason(s, conditions.bigEnoughNetwork) },
			],
			conclusion: (practical) =>
				practical
					? 'So one network learning all the tasks is likely to do at least as well as separate networks.'
					: 'So separate networks are likely to do better: multi-task learning pays off only when all three conditions hold.',
		},
		englishPhrasing,
	);
}

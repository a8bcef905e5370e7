/** English wording of multi-task scenarios. */
import { englishPhrasing, type RenderedScenario } from './assemble.ts';
import { listOf } from './format.ts';
import { countOf, timesAsMany } from './english.ts';
import { dataRichTask, renderMultitask, taskLetters, type MultitaskScenario } from './multitask.ts';

function featuresReason(s: MultitaskScenario, shared: boolean): string {
	if (shared) return `every task relies on the same low-level features: ${s.tasks[0]!.task.features.en}`;
	return s.tasks.map(({ task }, i) => `${taskLetters[i]} relies on ${task.features.en}`).join('; ');
}

function dataReason(s: MultitaskScenario, similar: boolean): string {
	const amounts = listOf(s.tasks.map(({ task, count }, i) => `${taskLetters[i]} has ${countOf(count, task.unit.en)}`), 'en');
	if (similar) return `${amounts}, so the largest is at most twice the smallest`;
	const counts = s.tasks.map((t) => t.count);
	const most = dataRichTask(s);
	const least = counts.indexOf(Math.min(...counts));
	return `${amounts}: ${taskLetters[most]} has ${timesAsMany(counts[most]! / counts[least]!)} as many examples as ${taskLetters[least]}`;
}

function networkReason(s: MultitaskScenario, bigEnough: boolean): string {
	const probe = taskLetters[s.probe];
	if (bigEnough) return `trained on ${probe} alone, the network has capacity to spare, and it could be made bigger if needed`;
	return `the network already underfits ${probe} alone and cannot be made bigger, so it cannot do well on all the tasks at once`;
}

const letters = (indices: number[]) => listOf(indices.map((i) => taskLetters[i]!), 'en');
const gain = (indices: number[]) => `${letters(indices)} ${indices.length === 1 ? 'gains' : 'gain'}`;

export function multitaskInEnglish(s: MultitaskScenario): RenderedScenario {
	return renderMultitask(s, {
		phrasing: englishPhrasing,
		prompt: () => {
			const probe = taskLetters[s.probe];
			const capacity = s.underfitsAlone
				? `Trained on task ${probe} alone, the network already underfits: its training error stays high, and it cannot be made any bigger (it has to fit a small device).`
				: `Trained on task ${probe} alone, the network reaches a low training error with capacity to spare, and it could be made bigger if needed.`;
			const listing = s.tasks.map(({ task, count }, i) => `Task ${taskLetters[i]}: ${task.en} (${countOf(count, task.unit.en)}).`).join(' ');
			return `One network would learn these tasks together, with one output per task. ${listing} ${capacity} Select every true statement.`;
		},
		verdictOption: 'Every task gains clearly from learning the tasks together in one network.',
		reasons: (c) => ({ features: featuresReason(s, c.features), data: dataReason(s, c.data), network: networkReason(s, c.network) }),
		smallTasksGain: {
			text: 'The task with the least data gains from learning together with the others.',
			right: (least, partners) =>
				`Right: ${taskLetters[least]} shares its low-level features with ${letters(partners)}, so the shared layers also learn them from ${partners.length === 1 ? `${taskLetters[partners[0]!]}'s` : 'their'} data.`,
			alone: (least) => `Not so: ${taskLetters[least]} relies on features no other task here uses, so it has nothing to borrow from them and is better off with a network of its own.`,
			tooSmall: 'Not so: the network cannot be made big enough for all the tasks, so learning together helps none of them and can hurt them all.',
		},
		notEveryTask: (rich, gainers) =>
			`Not every task gains clearly: ${taskLetters[rich]} has far more data than the others, so it gains little or nothing from them and may lose a little, while ${gain(gainers)}.`,
		conclusion: {
			practical: 'So every task is likely to gain clearly from learning together: the shared layers learn the low-level features from the data of all the tasks.',
			onlyDataFails: (rich, gainers) =>
				`So learning together still pays for ${letters(gainers)}, which ${gainers.length === 1 ? 'borrows' : 'borrow'} from ${taskLetters[rich]}'s data; ${taskLetters[rich]} itself gains little or nothing, and may lose a little, since its own data already suffices.`,
			ownNetwork: (loners, gainers) =>
				`So ${loners.length === 1 ? `${taskLetters[loners[0]!]} is better off with a network of its own, since no other task uses its features` : `${letters(loners)} are better off with networks of their own, since no other task uses their features`}; the other tasks can still learn together, which helps ${letters(gainers)}.`,
			separate: 'So separate networks are likely to do better: learning together pays off only when the tasks share low-level features and the network can be made big enough for all of them.',
		},
	});
}

/** English wording of transfer scenarios. */
import { assemble, conditionReports, englishPhrasing, type RenderedScenario } from './assemble.ts';
import { inputKindNames, type Task } from './bank.ts';
import { countOf, timesAsMany, withArticle } from './english.ts';
import { transferConditions, type TransferScenario } from './transfer.ts';

/** "an audio clip (audio)"; just "an image" when the unit already names the kind. */
function withKind(example: string, task: Task): string {
	const kind = inputKindNames[task.input].en;
	return task.unit.en.one === kind || task.unit.en.other === kind ? example : `${example} (${kind})`;
}

function inputReason({ source, target }: TransferScenario, same: boolean): string {
	const a = withArticle(source.unit.en.one);
	const b = withArticle(target.unit.en.one);
	if (same) return `an example for A is ${a} and an example for B is ${b}: both are ${inputKindNames[source.input].en}`;
	return `an example for A is ${withKind(a, source)}, while an example for B is ${withKind(b, target)}`;
}

function dataReason(s: TransferScenario, muchMore: boolean): string {
	const sourceData = countOf(s.sourceCount, s.source.unit.en);
	const targetData = countOf(s.targetCount, s.target.unit.en);
	if (muchMore) return `A has ${sourceData}, ${timesAsMany(s.sourceCount / s.targetCount)} as many examples as B's ${targetData}`;
	if (s.sourceCount === s.targetCount) return `A has ${sourceData} and B has ${targetData}: just as many examples`;
	return `B has ${targetData}, ${timesAsMany(s.targetCount / s.sourceCount)} as many examples as A's ${sourceData}`;
}

function featuresReason({ source, target }: TransferScenario, sameInput: boolean, useful: boolean): string {
	if (useful) return `both tasks rely on the same low-level features: ${source.features.en}`;
	if (!sameInput) return `A's features (${source.features.en}) were learned on another kind of input and do not describe B's ${inputKindNames[target.input].en}`;
	return `A relies on ${source.features.en}, whereas B relies on ${target.features.en}`;
}

export function transferInEnglish(s: TransferScenario): RenderedScenario {
	const conditions = transferConditions(s);
	return assemble(
		{
			prompt:
				`Task A: ${s.source.en} (${countOf(s.sourceCount, s.source.unit.en)}). ` +
				`Task B: ${s.target.en} (${countOf(s.targetCount, s.target.unit.en)}). ` +
				'You want to pretrain a network on A and reuse it for B. Select every true statement.',
			verdictOption: 'Transfer learning from A to B is practical.',
			conditions: conditionReports(englishPhrasing, 'transfer', conditions, { input: inputReason(s, conditions.input), data: dataReason(s, conditions.data), features: featuresReason(s, conditions.input, conditions.features) }),
			conclusion: (practical) =>
				practical
					? "So reusing A's network for B (by feature extraction or fine-tuning) is practical."
					: !conditions.input
						? "So A's network cannot be reused for B: it reads another kind of input. Look for a network pretrained on B's kind of input, or train from scratch."
						: 'So transfer learning from A to B is not reliably useful: do not count on a gain, and compare it with a model trained from scratch.',
		},
		englishPhrasing,
	);
}

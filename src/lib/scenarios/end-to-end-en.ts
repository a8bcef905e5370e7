/** English wording of end-to-end scenarios. */
import { assemble, englishPhrasing, type RenderedScenario } from './assemble';
import { hasEnoughData, type EndToEndScenario } from './end-to-end';
import { countOf } from './english';

export function endToEndInEnglish(s: EndToEndScenario): RenderedScenario {
	const { input, output, steps, pairs } = s.pipeline.en;
	const enough = hasEnoughData(s);
	const data = countOf(s.pairs, pairs);
	return assemble(
		{
			prompt:
				`A system turns ${input} into ${output} through hand-built steps: ${steps.join(' → ')}. ` +
				`You have ${data}. Could one network learn the whole mapping end to end instead? Select every true statement.`,
			verdictOption: 'Replacing the pipeline with one end-to-end network is practical here.',
			conditions: [
				{
					id: 'data',
					holds: enough,
					name: 'enough data for the whole mapping',
					failsOption: `There is not enough data to learn the whole mapping from ${input} to ${output}.`,
					reason: enough ? `with ${data}, the network sees plenty of examples of the whole mapping` : `with only ${data}, the network sees too few examples to learn every step by itself`,
				},
			],
			extraOptions: [
				{
					id: 'keep-steps',
					text: 'Here the hand-designed steps are likely to help more than they cost.',
					correct: !enough,
					feedback: enough
						? 'Not so: with this much data the network can learn what the steps do, and hand-designed steps may even hold it back.'
						: 'Right: with little data, hand-designed steps put in knowledge the network could not learn by itself.',
				},
			],
			conclusion: (practical) =>
				practical
					? 'So an end-to-end network is worth trying; it may even beat the hand-built steps.'
					: 'So keep the pipeline, or learn only some of its steps: end-to-end learning needs a lot of data for the whole mapping.',
		},
		englishPhrasing,
	);
}

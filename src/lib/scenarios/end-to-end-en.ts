/** English wording of end-to-end scenarios. */
import { assemble, conditionReport, englishPhrasing, type RenderedScenario } from './assemble.ts';
import { hasEnoughData, type EndToEndScenario } from './end-to-end.ts';
import { countOf } from './english.ts';

export function endToEndInEnglish(s: EndToEndScenario): RenderedScenario {
	const { input, output, steps, pairs, pretrained } = s.pipeline.en;
	const enough = hasEnoughData(s);
	const data = countOf(s.pairs, pairs);
	const fromPretrained = s.start === 'pretrained' && pretrained !== undefined;
	const start = fromPretrained ? `You would start from ${pretrained.start}.` : 'You would train the network from scratch.';
	const reason = fromPretrained
		? `starting from ${pretrained.start}, ${data} are enough: ${pretrained.evidence}`
		: enough
			? `with ${data}, a network trained from scratch sees plenty of examples of the whole mapping`
			: `with only ${data}, a network trained from scratch sees too few examples to learn every step by itself`;
	return assemble(
		{
			prompt:
				`A system turns ${input} into ${output} through hand-built steps: ${steps.join(' → ')}. ` +
				`You have ${data}. ${start} Could one network learn the whole mapping end to end instead? Select every true statement.`,
			verdictOption: 'Replacing the pipeline with one end-to-end network is practical here.',
			conditions: [conditionReport(englishPhrasing, 'end-to-end', 'data', enough, reason)],
			extraOptions: [
				{
					id: 'keep-steps',
					text: 'Here the hand-designed steps are likely to help more than they cost.',
					correct: !enough,
					feedback: fromPretrained
						? 'Not so: the network does not learn from these examples alone; its pretraining already brings the knowledge the hand-designed steps would put in.'
						: enough
							? 'Not so: with this much data the network can learn what the steps do, and hand-designed steps may even hold it back.'
							: 'Right: with little data, hand-designed steps put in knowledge the network could not learn by itself.',
				},
			],
			conclusion: (practical) =>
				practical
					? fromPretrained
						? 'So an end-to-end network is worth trying: pretraining supplies what these examples alone could not teach it.'
						: 'So an end-to-end network is worth trying; it may even beat the hand-built steps.'
					: 'So keep the pipeline, or learn only some of its steps, or start from a pretrained network: trained from scratch, end-to-end learning needs a lot of data for the whole mapping.',
		},
		englishPhrasing,
	);
}

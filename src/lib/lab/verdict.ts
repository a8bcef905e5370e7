import { conditionNumber, type TransferCondition } from '../conditions/conditions.ts';
import { conditionsBrokenBy, type ManipulationId } from '../conditions/manipulations.ts';
import { largestTargetWithMuchLessData, MUCH_MORE_DATA_RATIO } from '../conditions/transfer.ts';
import { manipulationsAt } from './conditions.ts';
import { SOURCE_IMAGES, type ExperimentPlan } from './plan.ts';
import { outcomeOf, transferGain, type Cell, type Outcome, type RunCount } from './summary.ts';

/** The page's strings and number formats (LabText on the page). */
export interface VerdictText {
	t(key: string, values?: Readonly<Record<string, string | number>>): string;
	/** A condition's short shared name, "same kind of input". */
	condition(id: TransferCondition): string;
	points(difference: number): string;
	integer(value: number): string;
	list(items: readonly string[]): string;
}

export interface VerdictInput {
	cells: readonly Cell[];
	prediction: Outcome | undefined;
	/** The plan that actually ran (after any reduction), whose conditions are judged. */
	plan: ExperimentPlan;
	/**
	 * How many runs had finished when the learner cancelled; undefined for a run that went to its end. A
	 * cancelled run is not judged, its prediction included: a few seeds or amounts can point either way.
	 */
	cancelled?: RunCount | undefined;
	/**
	 * The B size from which, with every condition holding, training from scratch keeps up with the linear
	 * probe in the committed evidence (crossover `holds.scratch-catches-up`): from there on B has enough data
	 * to learn its own features, so a missing gain is expected rather than chance.
	 */
	learnsAlone: number;
}

/** The number and name of each condition a manipulation breaks: {{number}} and {{condition}}, then {{number2}} and {{condition2}}. */
function named(text: VerdictText, manipulation: ManipulationId): Record<string, string | number> {
	return Object.fromEntries(
		conditionsBrokenBy(manipulation).flatMap((id, index) => {
			const suffix = index === 0 ? '' : String(index + 1);
			return [[`number${suffix}`, conditionNumber('transfer', id)], [`condition${suffix}`, text.condition(id)]];
		}),
	);
}

/** Why the conditions that fail here fail: one sentence per manipulation. */
function conditionSentence(manipulation: ManipulationId, plan: ExperimentPlan, text: VerdictText): string {
	const values = named(text, manipulation);
	if (manipulation !== 'more-data-for-b') return text.t(`lab.conditions.${manipulation}`, values);
	const tooLarge = plan.amounts.filter((amount) => manipulationsAt(plan, amount).includes('more-data-for-b'));
	return text.t('lab.conditions.more-data-for-b', {
		...values,
		source: text.integer(SOURCE_IMAGES),
		amounts: text.list(tooLarge.map((amount) => text.integer(amount))),
		ratio: text.integer(Math.floor(SOURCE_IMAGES / Math.min(...tooLarge))),
		threshold: MUCH_MORE_DATA_RATIO,
		largest: text.integer(largestTargetWithMuchLessData(SOURCE_IMAGES)),
	});
}

/** Why transfer did not pay although every condition holds: B has enough data of its own, or, for tiny runs only, chance. */
function noGainSentence(plan: ExperimentPlan, learnsAlone: number, text: VerdictText): string {
	const enough = plan.amounts.filter((amount) => amount >= learnsAlone);
	if (enough.length === 0) return text.t('lab.result.unexpected.holds');
	return text.t('lab.result.unexpected.holds.learns-alone', { amounts: text.list(enough.map((amount) => text.integer(amount))), from: text.integer(learnsAlone) });
}

/**
 * What the lab says after a run: what the numbers show, whether the
 * prediction held, which conditions hold for these settings (judged by the
 * shared definitions), and whether the numbers agree with the lesson, with
 * the reason when they do not.
 */
export function verdictSentences({ cells, prediction, plan, cancelled, learnsAlone }: VerdictInput, text: VerdictText): string[] {
	if (cancelled) return [text.t('lab.result.cancelled', { finished: cancelled.finished, planned: cancelled.planned })];
	const gain = transferGain(cells);
	if (gain === undefined) return [text.t('lab.result.incomparable')];
	const outcome = outcomeOf(gain);
	const sentences = [text.t(`lab.result.${outcome}`, { points: text.points(outcome === 'no-difference' ? gain : Math.abs(gain)) })];
	if (prediction) sentences.push(text.t(prediction === outcome ? 'lab.result.held' : 'lab.result.missed'));
	const perAmount = plan.amounts.map((amount) => manipulationsAt(plan, amount));
	const manipulations = [...new Set(perAmount.flat())];
	if (manipulations.length === 0) {
		sentences.push(text.t('lab.conditions.all'), outcome === 'transfer-wins' ? text.t('lab.result.expected.holds') : noGainSentence(plan, learnsAlone, text));
		return sentences;
	}
	sentences.push(...manipulations.map((manipulation) => conditionSentence(manipulation, plan, text)));
	if (perAmount.some((found) => found.length === 0)) {
		// Some amounts meet every condition and some do not: an average over both says nothing about either.
		sentences.push(text.t('lab.result.mixed', { largest: text.integer(largestTargetWithMuchLessData(SOURCE_IMAGES)) }));
		return sentences;
	}
	sentences.push(text.t(outcome === 'transfer-wins' ? `lab.result.unexpected.${manipulations[0]}` : 'lab.result.expected.violated'));
	return sentences;
}

import { largestTargetWithMuchLessData, MUCH_MORE_DATA_RATIO } from '../conditions/transfer.ts';
import { MAX_AMOUNT, MIN_AMOUNT, SOURCE_IMAGES, type ExperimentPlan } from './plan.ts';

/**
 * The numbers the lab's descriptions quote, formatted for the page's
 * locale, taken from the plans and the shared thresholds so that the words
 * can never drift from what runs.
 */
export function describedNumbers(lang: string, plan?: ExperimentPlan): Record<string, string> {
	const integer = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
	const list = new Intl.ListFormat(lang, { type: 'conjunction' });
	return {
		source: integer.format(SOURCE_IMAGES),
		threshold: integer.format(MUCH_MORE_DATA_RATIO),
		largest: integer.format(largestTargetWithMuchLessData(SOURCE_IMAGES)),
		min: integer.format(MIN_AMOUNT),
		max: integer.format(MAX_AMOUNT),
		...(plan ? { amounts: list.format(plan.amounts.map((amount) => integer.format(amount))) } : {}),
	};
}

import type { Method } from '../lab/plan.ts';
import type { Variant } from '../lab/presets.ts';
import { CLEAR_GAIN } from '../lab/summary.ts';
import { seriesOf, type EvidenceData } from './evidence-data.ts';

/**
 * Where one method's curve crosses another's in the measured data. Means
 * over seeds are compared with a margin (the lab's CLEAR_GAIN, 5 points:
 * below that, the seeds and the 150 validation images cannot tell methods
 * apart), and a crossover counts only if it lasts: it holds at that amount
 * and at every larger one measured, so one lucky amount does not make one.
 */
export const MARGIN = CLEAR_GAIN;

export interface Comparison {
	variant: Variant;
	method: Method;
	reference: Method;
	/** How far `method`'s mean must be above `reference`'s: negative means "no more than this far below". */
	by: number;
}

export interface Crossover {
	/** Smallest measured amount from which on the comparison holds. */
	amount: number;
	/** The measured amount just below it, where it did not hold yet; undefined when it holds from the smallest. */
	below: number | undefined;
	/** method − reference, in accuracy, at `amount`. */
	gap: number;
}

export function crossover(data: EvidenceData, comparison: Comparison): Crossover | undefined {
	const method = seriesOf(data, comparison.variant, comparison.method).points;
	const reference = seriesOf(data, comparison.variant, comparison.reference).points;
	// Rounded to the data's precision, so 0.05 - 0.1 + 0.05 style float noise cannot flip a comparison at the margin.
	const gaps = method.map((point, i) => Math.round((point.mean - (reference[i]?.mean ?? Number.NaN)) * 1e6) / 1e6);
	let first = gaps.length;
	while (first > 0 && (gaps[first - 1] as number) >= comparison.by) first--;
	if (first === gaps.length) return undefined;
	return { amount: method[first]?.amount as number, below: method[first - 1]?.amount, gap: gaps[first] as number };
}

/** The amount where `method` leads `reference` the most, and by how much (negative if it never leads). */
export function largestLead(data: EvidenceData, variant: Variant, method: Method, reference: Method): { amount: number; gap: number } {
	const ours = seriesOf(data, variant, method).points;
	const theirs = seriesOf(data, variant, reference).points;
	return ours
		.map((point, i) => ({ amount: point.amount, gap: point.mean - (theirs[i]?.mean ?? Number.NaN) }))
		.reduce((best, next) => (next.gap > best.gap ? next : best));
}

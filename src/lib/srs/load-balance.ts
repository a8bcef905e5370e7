/**
 * Load balancing, measured: the same simulated learner (simulate-reviews.ts)
 * with due days kept exactly where the desired retention puts them (the
 * trainer's scheduler, fuzz off), moved at random within the fuzz range, or
 * moved within that range to the day with the fewest cards due. How much
 * each evens out the daily reviews is the coefficient of variation of the
 * daily answer counts; what it costs is the change in the share of due
 * reviews recalled.
 */
import { default_w } from 'ts-fsrs';
import { simulateReviews, type DueSpread } from './simulate-reviews';

/** Standard deviation over mean (population); 0 for no values or a zero mean. */
export function coefficientOfVariation(values: readonly number[]): number {
	if (values.length === 0) return 0;
	const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
	if (mean === 0) return 0;
	const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
	return Math.sqrt(variance) / mean;
}

export interface SpreadOutcome {
	spread: DueSpread;
	/** Coefficient of variation of the daily answer counts, averaged over the seeds. */
	cv: number;
	/** The same, from the day after the last new card on (the steady state). */
	cvAfterNewCards: number;
	/** Share of due reviews recalled over all seeds. */
	retention: number;
	answersPerDay: number;
}

export interface SpreadComparison {
	cards: number;
	days: number;
	newPerDay: number;
	desiredRetention: number;
	seeds: readonly number[];
}

export const LOAD_BALANCE_MEASUREMENT: Readonly<SpreadComparison> = Object.freeze({ cards: 500, days: 365, newPerDay: 20, desiredRetention: 0.9, seeds: Array.from({ length: 20 }, (_, index) => index + 1) });

/** Each spread on the same learners (the same seeds, so the same recalls and ratings as far as the due days allow). */
export function compareSpreads(comparison: SpreadComparison = LOAD_BALANCE_MEASUREMENT): SpreadOutcome[] {
	const lastNewDay = Math.ceil(comparison.cards / comparison.newPerDay);
	return (['exact', 'fuzz', 'balance'] as const).map((spread) => {
		let cv = 0;
		let cvAfterNewCards = 0;
		let recalled = 0;
		let due = 0;
		let answers = 0;
		for (const seed of comparison.seeds) {
			const { days } = simulateReviews({
				parameters: default_w,
				desiredRetention: comparison.desiredRetention,
				deckSize: comparison.cards,
				days: comparison.days,
				newPerDay: comparison.newPerDay,
				seed,
				spread,
			});
			const counts = days.map((day) => day.reviews);
			cv += coefficientOfVariation(counts);
			cvAfterNewCards += coefficientOfVariation(counts.slice(lastNewDay));
			for (const day of days) {
				recalled += day.recalled;
				due += day.due;
				answers += day.reviews;
			}
		}
		const runs = comparison.seeds.length;
		return { spread, cv: cv / runs, cvAfterNewCards: cvAfterNewCards / runs, retention: recalled / due, answersPerDay: answers / (runs * comparison.days) };
	});
}

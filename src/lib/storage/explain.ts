/**
 * Why a stored value failed its guard, in plain words, from the same checks
 * (srs/valid-state.ts).
 */
import { problemText } from '../srs/problem-text';
import { checkCardRecord, checkReviewRecord, checkSettings, type StateProblem } from '../srs/valid-state';

export type CheckedStore = 'cards' | 'reviews' | 'settings';

const CHECKS = { cards: checkCardRecord, reviews: checkReviewRecord, settings: checkSettings };

export function rejectionReason(store: CheckedStore, value: unknown): string {
	const problems: StateProblem[] = [];
	if (CHECKS[store](value, { sink: (problem) => problems.push(problem) })) return 'valid';
	return problems.map(problemText).join('; ');
}

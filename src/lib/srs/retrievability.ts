/**
 * Retrievability now: the probability FSRS gives of recalling a card at this
 * moment, from its stability and the time since its last answer, with the
 * learner's parameters (their forgetting curve's decay) or FSRS-6's defaults.
 */
import { default_w, forgetting_curve } from 'ts-fsrs';
import type { CardRecord } from './types';

const DAY_MS = 86_400_000;

/**
 * Undefined for a card without a memory state (never answered, or reset).
 * Elapsed time counts in fractional days, so the figure falls smoothly
 * through the day rather than in steps at the start of each learner day.
 */
export function retrievabilityNow(record: Pick<CardRecord, 'stability' | 'lastReview'>, now: Date, parameters: readonly number[] = default_w): number | undefined {
	if (record.stability <= 0 || record.lastReview === undefined) return undefined;
	const elapsedDays = Math.max(0, (now.getTime() - Date.parse(record.lastReview)) / DAY_MS);
	return forgetting_curve(parameters, elapsedDays, record.stability);
}

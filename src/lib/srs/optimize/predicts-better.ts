/** When a new fit of the learner's parameters is worth offering. */
import type { Evaluation } from './evaluate';

/**
 * How much lower (as a share) a new fit's held-out log loss must be for it
 * to be offered. Two fits of the same answers, one of which has seen the
 * held-out days, land within about 0.1% of each other: a smaller gain than
 * this is the noise of fitting, and swapping parameters for it would only
 * move the learner's schedule around.
 */
export const MIN_LOG_LOSS_GAIN = 0.005;

/**
 * True when the candidate predicts the held-out answers clearly better: a
 * log loss at least MIN_LOG_LOSS_GAIN lower. Log loss decides because it
 * is what the fit minimises and scores every single prediction; the RMSE
 * over bins, shown beside it, is too coarse on a few hundred answers to
 * overrule it.
 */
export function predictsBetter(candidate: Evaluation, current: Evaluation): boolean {
	return candidate.logLoss <= current.logLoss * (1 - MIN_LOG_LOSS_GAIN);
}

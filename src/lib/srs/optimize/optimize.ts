/**
 * Personal parameters for one learner: fit on all but the newest days of
 * the log, and compare with the parameters in use on those newest days
 * (answers neither set has been fitted to). Only when the new fit predicts
 * them clearly better are the parameters refitted on the whole log and offered;
 * the held-out scores are what the learner is shown, as the scores of the
 * fit on the earlier days (the refit has seen the newest days, so no score
 * of it on them would say how it predicts answers to come). A refit that
 * gives back the parameters in use is no offer: they are up to date.
 */
import { buildHistories, type ReviewEvent } from './histories';
import { evaluate, type Evaluation } from './evaluate';
import { fitParameters, type FitScope } from './fit';
import { splitByDay } from './held-out';
import { predictsBetter } from './predicts-better';
import { DEFAULT_TRAIN_OPTIONS } from './train';

/** Share of the newest items kept back to judge a fit. */
export const HELD_OUT_SHARE = 0.2;

/**
 * How far apart (relative to each parameter, at least 1) two sets of
 * parameters may be and still be the same: a refit of an unchanged log
 * gives the parameters in use back exactly, and a stored copy differs from
 * it only by the float noise of its text.
 */
export const SAME_PARAMETERS_TOLERANCE = 1e-6;

/** True when `a` and `b` are the same parameters within SAME_PARAMETERS_TOLERANCE. */
export function sameParameters(a: readonly number[], b: readonly number[]): boolean {
	return a.length === b.length && a.every((value, index) => Math.abs(value - b[index]!) <= SAME_PARAMETERS_TOLERANCE * Math.max(1, Math.abs(b[index]!)));
}

export interface Optimization {
	/** What the fit could change, given how much of the log is usable. */
	scope: FitScope;
	/** Answers in the log; items that could be scored (answers on a later day than the card's previous one). */
	reviews: number;
	items: number;
	/** Of the items, the newest days' held back to check the fit, and those the fit on the earlier days learned from (after the outlier filter): the count that decides `scope`. */
	heldOut: number;
	usable: number;
	/** Held-out scores of the parameters in use and of the fit on the earlier days (the parameters offered are its refit on the whole log, which has seen the held-out days); null when there was nothing to compare. */
	current: Evaluation | null;
	candidate: Evaluation | null;
	/** True when the fit on the earlier days predicts the held-out answers clearly better (see predictsBetter) and its refit on the whole log differs from the parameters in use. */
	better: boolean;
	/** True when the fit was better but its refit on the whole log is the parameters in use: there is nothing new to adopt. */
	upToDate: boolean;
	/** The parameters to adopt when `better` (fitted on the whole log); otherwise the current ones. */
	parameters: number[];
}

export function optimizeParameters(
	events: readonly ReviewEvent[],
	current: readonly number[],
	onProgress: (done: number) => void = () => {},
): Optimization {
	const { histories, items } = buildHistories(events);
	const { train, test } = splitByDay(items, HELD_OUT_SHARE);
	const heldOutFit = fitParameters(histories, train, { ...DEFAULT_TRAIN_OPTIONS, onProgress: (done) => onProgress(done / 2) });
	const unchanged = { reviews: events.length, items: items.length, heldOut: test.length, usable: heldOutFit.usable, parameters: [...current], better: false, upToDate: false };
	if (heldOutFit.scope === 'defaults' || test.length === 0) {
		onProgress(1);
		return { ...unchanged, scope: heldOutFit.scope, current: null, candidate: null };
	}
	const currentScore = evaluate(current, histories, test);
	const candidateScore = evaluate(heldOutFit.parameters, histories, test);
	if (!predictsBetter(candidateScore, currentScore)) {
		onProgress(1);
		return { ...unchanged, scope: heldOutFit.scope, current: currentScore, candidate: candidateScore };
	}
	const fullFit = fitParameters(histories, items, { ...DEFAULT_TRAIN_OPTIONS, onProgress: (done) => onProgress(0.5 + done / 2) });
	onProgress(1);
	const compared = { ...unchanged, scope: fullFit.scope, current: currentScore, candidate: candidateScore };
	if (sameParameters(fullFit.parameters, current)) return { ...compared, upToDate: true };
	return { ...compared, better: true, parameters: fullFit.parameters };
}

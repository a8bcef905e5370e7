/**
 * Personal parameters for one learner: fit on all but the newest days of
 * the log, and compare with the parameters in use on those newest days
 * (answers neither set has been fitted to). Only when the new fit predicts
 * them clearly better are the parameters refitted on the whole log and offered;
 * the held-out scores are what the learner is shown.
 */
import { buildHistories, type ReviewEvent } from './histories';
import { evaluate, type Evaluation } from './evaluate';
import { fitParameters, type FitScope } from './fit';
import { splitByDay } from './held-out';
import { predictsBetter } from './predicts-better';
import { DEFAULT_TRAIN_OPTIONS } from './train';

/** Share of the newest items kept back to judge a fit. */
export const HELD_OUT_SHARE = 0.2;

export interface Optimization {
	/** What the fit could change, given how much of the log is usable. */
	scope: FitScope;
	/** Answers in the log; items that could be scored (answers on a later day than the card's previous one). */
	reviews: number;
	items: number;
	/** Of the items, the newest days' held back to check the fit, and those the fit on the earlier days learned from (after the outlier filter): the count that decides `scope`. */
	heldOut: number;
	usable: number;
	/** Held-out scores of the parameters in use and of the new fit; null when there was nothing to compare. */
	current: Evaluation | null;
	candidate: Evaluation | null;
	/** True when the new fit predicts the held-out answers clearly better (see predictsBetter). */
	better: boolean;
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
	const unchanged = { reviews: events.length, items: items.length, heldOut: test.length, usable: heldOutFit.usable, parameters: [...current], better: false };
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
	return {
		...unchanged,
		scope: fullFit.scope,
		current: currentScore,
		candidate: candidateScore,
		better: true,
		parameters: fullFit.parameters,
	};
}

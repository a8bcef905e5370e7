/**
 * Fitting parameters to a review log by the reference optimizer's rules
 * (fsrs-rs `compute_parameters`): fewer than 8 usable items keep the
 * defaults; fewer than 64 (or no card reviewed on two later days) fit only
 * the four initial stabilities; otherwise all 21 parameters are trained,
 * starting from the defaults with the fitted initial stabilities.
 */
import { default_w } from 'ts-fsrs';
import type { CardHistory, TrainingItem } from './histories';
import { initialStability, smoothAndFill } from './initial-stability';
import { DEFAULT_TRAIN_OPTIONS, trainParameters, type TrainOptions } from './train';
import { averageRecall, prepareTrainingData } from './training-data';

export const MIN_ITEMS_FOR_INITIAL_STABILITY = 8;
export const MIN_ITEMS_FOR_ALL_PARAMETERS = 64;

/** What was fitted: nothing (defaults kept), the initial stabilities only, or all parameters. */
export type FitScope = 'defaults' | 'initial-stability' | 'all';

export interface Fit {
	parameters: number[];
	scope: FitScope;
	/** Items left after the outlier filter. */
	usable: number;
}

export function fitParameters(
	histories: readonly CardHistory[],
	items: readonly TrainingItem[],
	options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): Fit {
	const { initialization, train } = prepareTrainingData(histories, items);
	const usable = train.length;
	const defaults = { parameters: [...default_w], scope: 'defaults' as const, usable };
	if (usable < MIN_ITEMS_FOR_INITIAL_STABILITY) return defaults;
	const initial = initialStability(histories, initialization, averageRecall(histories, train));
	if (!initial) return defaults;
	const started = [...initial.stability, ...default_w.slice(4)];
	if (usable === initialization.length || usable < MIN_ITEMS_FOR_ALL_PARAMETERS) {
		return { parameters: started, scope: 'initial-stability', usable };
	}
	const trained = trainParameters(histories, train, started, options);
	const fitted = new Map(trained.slice(0, 4).map((value, index) => [index + 1, value]));
	const stability = smoothAndFill(fitted, initial.ratingCounts) ?? initial.stability;
	return { parameters: [...stability, ...trained.slice(4)], scope: 'all', usable };
}

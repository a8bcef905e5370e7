/**
 * The optimizer's changes to the settings. Personal parameters a change
 * replaces are kept as `previousParameters`, so an adoption or a reset can
 * be taken back: none of the learner's fits is lost by one click.
 */
import type { Settings } from '../srs/types';

/** The settings with the parameters in use, if any, kept as the previous ones (else the previous ones stay). */
function keepingInUse(settings: Settings): Settings {
	const { parameters, ...rest } = settings;
	return parameters ? { ...rest, previousParameters: parameters } : rest;
}

/** The settings with `parameters` in use. */
export function adoptParameters(settings: Settings, parameters: readonly number[]): Settings {
	return { ...keepingInUse(settings), parameters };
}

/** The settings with FSRS's defaults in use. */
export function defaultParameters(settings: Settings): Settings {
	return keepingInUse(settings);
}

/** The settings with the previous parameters in use again, and the ones they replace kept as the previous ones; unchanged when there are none. */
export function previousParameters(settings: Settings): Settings {
	const { previousParameters: previous, parameters, ...rest } = settings;
	if (!previous) return settings;
	return { ...rest, parameters: previous, ...(parameters ? { previousParameters: parameters } : {}) };
}

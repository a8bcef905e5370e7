import { CONDITIONS, type TransferCondition } from './conditions.ts';

/**
 * What can be done to task B (or to its data) that breaks transfer from A,
 * and which transfer conditions each change breaks. The lab's violated
 * variants, the cards that ask "which condition fails" and the lessons'
 * claims name a manipulation by its id, and the consistency test checks
 * that they all say it breaks exactly these conditions.
 *
 * Condition `input` asks for the same kind of data in the same format (for
 * example 2-D images with the same channels), whatever the sensor: photos,
 * X-rays and spectrograms are all images, a waveform is not, even written
 * row by row into an image's grid.
 *
 * - `different-input-kind`: B's examples are another kind of data than
 *   A's (audio for a network pretrained on photos; pen trajectories for one
 *   pretrained on drawn images). Condition `input` fails, and with it
 *   `features`: features learned on one kind of input are never features of
 *   another (the scenario bank holds to this too).
 * - `shuffled-pixels`: every image of B goes through one fixed permutation
 *   of its pixels. The input is still the same kind of data in the same
 *   format (the same images, the same size, only rearranged, and a network
 *   trained from scratch can still learn B), but the local structure that
 *   low-level features detect is gone: `features` fails.
 * - `unrelated-patterns`: B is made of patterns that A's features, beyond
 *   the simplest edges, do not describe (the lab's random 4x4 tile
 *   patterns for a two-layer network that learned strokes and outlines:
 *   its first layer's edge and spot detectors fit the tiles, its second
 *   layer's strokes and corners, which a linear probe reads, do not;
 *   natural textures, by contrast, are well described by ImageNet
 *   features): `features` fails, less cleanly than for shuffled pixels,
 *   so a small gain can remain.
 * - `more-data-for-b`: B gets so much data that A no longer has
 *   MUCH_MORE_DATA_RATIO times as much (transfer.ts): `data` fails.
 */
export const MANIPULATIONS = {
	'different-input-kind': ['input', 'features'],
	'shuffled-pixels': ['features'],
	'unrelated-patterns': ['features'],
	'more-data-for-b': ['data'],
} as const satisfies Record<string, readonly TransferCondition[]>;

export type ManipulationId = keyof typeof MANIPULATIONS;
export const MANIPULATION_IDS = Object.keys(MANIPULATIONS) as ManipulationId[];

export function isManipulation(value: string): value is ManipulationId {
	return Object.hasOwn(MANIPULATIONS, value);
}

/** The conditions a manipulation breaks, in the order the lessons number them. */
export function conditionsBrokenBy(manipulation: ManipulationId): TransferCondition[] {
	const broken: readonly TransferCondition[] = MANIPULATIONS[manipulation];
	return CONDITIONS.transfer.filter((id) => broken.includes(id));
}

/** `manipulation.shuffled-pixels`: what the change is, as a noun phrase. */
export function manipulationKey(manipulation: ManipulationId): string {
	return `manipulation.${manipulation}`;
}

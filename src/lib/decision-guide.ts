/**
 * The decision guide of the transfer-learning lesson: from "does a network
 * pretrained on B's kind of input exist, does A have much more data, how
 * close is B to A and how much data does B have" to one of the four
 * methods. Its rule: the more data B has, and the further it is from A,
 * the more pretrained layers are allowed to change. Where A's features do
 * not help B, condition 3 fails: that row lies outside the conditions for
 * transfer, as the scenario cards say ("not reliably useful: compare with
 * a model trained from scratch"). With little data there no method wins
 * reliably (the lab's tile patterns: fine-tuning all layers leads training
 * from scratch at one small size and trails it at the next,
 * content/evidence/), so the guide says to try fine-tuning only against
 * that baseline.
 */
import type { MethodId } from './methods';

/** The questions asked before the table; answering "no" to one ends the guide. */
export const GATES = [
	{ id: 'input', whenNot: 'scratch' },
	{ id: 'data', whenNot: 'scratch' },
] as const satisfies readonly { id: string; whenNot: MethodId }[];

/** How close B is to A: its inputs look like A's; same kind of input that looks different; A's features do not help B. */
export const CLOSENESS = ['close', 'different', 'unrelated'] as const;
export type Closeness = (typeof CLOSENESS)[number];

/** How much labelled data B has, for the network at hand. */
export const DATA_SIZES = ['little', 'more'] as const;
export type DataSize = (typeof DATA_SIZES)[number];

/**
 * Where "little data" ends, in labelled examples per class: the guide's hints
 * say "tens to a few hundred" for little and "thousands" for more.
 */
export const MORE_DATA_PER_CLASS = 1000;

export function dataSize(examplesPerClass: number): DataSize {
	return examplesPerClass < MORE_DATA_PER_CLASS ? 'little' : 'more';
}

export interface Recommendation {
	method: MethodId;
	/** A linear probe on the features of an earlier layer, whose features are less specific to A. */
	earlierLayer?: true;
	/** Not a verdict: try the method against a from-scratch baseline and keep whichever does better. */
	againstScratch?: true;
}

const TABLE: Readonly<Record<Closeness, Readonly<Record<DataSize, Recommendation>>>> = {
	close: { little: { method: 'linear-probe' }, more: { method: 'fine-tune-top' } },
	different: { little: { method: 'linear-probe', earlierLayer: true }, more: { method: 'fine-tune-all' } },
	unrelated: { little: { method: 'fine-tune-all', againstScratch: true }, more: { method: 'scratch' } },
};

/** The method the guide recommends once both gates are passed. */
export function recommend(closeness: Closeness, size: DataSize): Recommendation {
	return TABLE[closeness][size];
}

/** How many pretrained layers each reusing method lets change, in order: none, the top, all. */
export function layersChanged(method: Exclude<MethodId, 'scratch'>): number {
	return { 'linear-probe': 0, 'fine-tune-top': 1, 'fine-tune-all': 2 }[method];
}

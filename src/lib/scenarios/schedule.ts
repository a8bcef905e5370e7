/**
 * Which variant a card shows at its n-th review. Each run of `size` reviews
 * visits every index once (so a learner meets every case), in an order seeded
 * by the card, and the same index never comes twice in a row, also across
 * runs: consecutive reviews always differ.
 */
import { mulberry32, shuffled, type Random } from './prng.ts';

function runOrder(seed: number, run: number, size: number): number[] {
	const indices = Array.from({ length: size }, (_, i) => i);
	return shuffled(mulberry32(seed ^ Math.imul(run + 1, 0x85ebca6b)), indices);
}

export function scheduledIndex(seed: number, review: number, size: number): number {
	// With 3 or more indices, swapping the first two never changes a run's last index, so each run needs only the previous one's raw order.
	if (size < 3) throw new Error(`scheduledIndex needs at least 3 choices, got ${size}`);
	const run = Math.floor(review / size);
	const order = runOrder(seed, run, size);
	if (run > 0 && order[0] === runOrder(seed, run - 1, size)[size - 1]) [order[0], order[1]] = [order[1]!, order[0]!];
	return order[review % size]!;
}

/** The random source for everything else a review's variant picks. */
export function variantRandom(seed: number, review: number): Random {
	return mulberry32(seed ^ Math.imul(review + 1, 0x9e3779b1));
}

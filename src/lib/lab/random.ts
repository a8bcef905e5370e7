/**
 * A small seeded pseudo-random generator (mulberry32). Every image, split,
 * shuffle and initial weight in the lab comes from one of these, so a run is
 * repeatable from its seed alone; Math.random is never used.
 */
export interface Random {
	/** Uniform in [0, 1). */
	next(): number;
	/** Uniform in [min, max). */
	range(min: number, max: number): number;
	/** Integer in [0, n). */
	int(n: number): number;
	/** Standard normal (Box–Muller). */
	normal(): number;
	/** Shuffles in place (Fisher–Yates) and returns the array. */
	shuffle<T>(items: T[]): T[];
	/** A 32-bit seed for a child generator or a tfjs initializer. */
	seed(): number;
}

export function createRandom(seed: number): Random {
	if (!Number.isFinite(seed)) throw new Error(`createRandom: seed must be a finite number, got ${seed}`);
	let state = seed >>> 0;
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const random: Random = {
		next,
		range: (min, max) => min + (max - min) * next(),
		int: (n) => Math.floor(next() * n),
		normal: () => {
			const u = 1 - next();
			const v = next();
			return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
		},
		shuffle: (items) => {
			for (let i = items.length - 1; i > 0; i--) {
				const j = Math.floor(next() * (i + 1));
				const held = items[i] as (typeof items)[number];
				items[i] = items[j] as (typeof items)[number];
				items[j] = held;
			}
			return items;
		},
		seed: () => Math.floor(next() * 4294967296) >>> 0,
	};
	return random;
}

/** Mixes several integers into one seed, so (experiment, amount, seed) pairs get independent streams. */
export function mixSeed(...parts: number[]): number {
	let h = 0x811c9dc5;
	for (const part of parts) {
		h = Math.imul(h ^ (part >>> 0), 0x01000193) >>> 0;
		h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
	}
	return h >>> 0;
}

import type { Deck } from '../../lib/decks/types';

/** Cards in the benchmark's generated deck (issue 4 asks for 10,000 stored cards). */
export const BENCH_CARDS = 10_000;

/**
 * A generated deck the benchmark studies with `?bench&deck=bench`: as many
 * cards as a heavy learner would store, each a plain flashcard.
 */
export function benchDeck(): Deck {
	return {
		id: 'bench',
		title: { en: 'Benchmark deck' },
		description: { en: 'Generated for the benchmark.' },
		cards: Array.from({ length: BENCH_CARDS }, (_, index) => ({
			deck: 'bench',
			id: `c${index}`,
			kind: 'flashcard' as const,
			lesson: 'strategies/transfer-learning',
			front: { en: `Benchmark question ${index}` },
			back: { en: `Benchmark answer ${index}` },
		})),
	};
}

import type { Deck } from '../../lib/decks/types';
import type { TrainerStore } from '../../lib/storage/types';

/**
 * Only loaded with `?bench` (scripts/bench/trainer.mjs): a generated deck as
 * large as a heavy learner's, and a way to fill the real store through its
 * own import, so the benchmark measures the page learners use.
 */
export const BENCH_DECK = 'synthetic';

/** The deck whose keys match makeSyntheticHistory's (`synthetic/card-00042`). */
export function benchDeck(cards: number): Deck {
	const digits = String(Math.max(cards - 1, 0)).length;
	return {
		id: BENCH_DECK,
		title: { en: 'Benchmark deck' },
		description: { en: 'Generated for the benchmark.' },
		cards: Array.from({ length: cards }, (_, index) => ({
			deck: BENCH_DECK,
			id: `card-${String(index).padStart(digits, '0')}`,
			kind: 'flashcard' as const,
			lesson: 'strategies/transfer-learning',
			front: { en: `Benchmark question ${index}` },
			back: { en: `Benchmark answer ${index}` },
		})),
	};
}

declare global {
	interface Window {
		trainerBench?: { seed(cards: number, reviews: number): Promise<void> };
	}
}

/** Lets the benchmark seed the store the page opened, through the store's own import. */
export function exposeForBench(store: TrainerStore): void {
	window.trainerBench = {
		// The generator loads only to seed: the measured page loads no more than the deck.
		seed: async (cards, reviews) => {
			const { makeSyntheticHistory } = await import('../../lib/srs/synthetic-history');
			await store.importBackup(makeSyntheticHistory(cards, reviews, 1));
		},
	};
}

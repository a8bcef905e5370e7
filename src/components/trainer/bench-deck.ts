import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../lib/backup/types';
import type { Deck } from '../../lib/decks/types';
import type { CardRecord, Rating, ReviewRecord } from '../../lib/srs/types';
import { DEFAULT_SETTINGS } from '../../lib/srs/types';
import type { TrainerStore } from '../../lib/storage/types';

/**
 * Only loaded with `?bench` (scripts/bench/trainer.mjs): a generated deck as
 * large as a heavy learner's, and a way to fill the real store through its
 * own import, so the benchmark measures the page learners use.
 */
const DAY_MS = 86_400_000;

export function benchDeck(cards: number): Deck {
	return {
		id: 'bench',
		title: { en: 'Benchmark deck' },
		description: { en: 'Generated for the benchmark.' },
		cards: Array.from({ length: cards }, (_, index) => ({
			deck: 'bench',
			id: `c${index}`,
			kind: 'flashcard' as const,
			lesson: 'strategies/transfer-learning',
			front: { en: `Benchmark question ${index}` },
			back: { en: `Benchmark answer ${index}` },
		})),
	};
}

/** A backup with `cards` review-state cards (about a tenth due today) and `reviews` log entries. */
export function benchBackup(cards: number, reviews: number, now: Date): Backup {
	const records: CardRecord[] = Array.from({ length: cards }, (_, index) => {
		const dueDays = (index % 100) - 10;
		return {
			key: `bench/c${index}`,
			state: 'review',
			due: new Date(now.getTime() + dueDays * DAY_MS).toISOString(),
			stability: 5 + (index % 40),
			difficulty: 1 + (index % 9),
			reps: 1 + (index % 12),
			lapses: index % 3,
			lastReview: new Date(now.getTime() - (1 + (index % 20)) * DAY_MS).toISOString(),
			learningSteps: 0,
			elapsedDays: 1 + (index % 20),
			scheduledDays: 5 + (index % 40),
			version: 1 + (index % 12),
		};
	});
	const log: ReviewRecord[] = Array.from({ length: reviews }, (_, index) => {
		const card = records[index % cards] as CardRecord;
		const reviewedAt = new Date(now.getTime() - (1 + (index % 90)) * DAY_MS - (index % 1000) * 1000).toISOString();
		return {
			id: `bench-${index}`,
			key: card.key,
			rating: (1 + (index % 4)) as Rating,
			reviewedAt,
			before: index < cards ? null : card,
			after: card,
		};
	});
	return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), settings: { ...DEFAULT_SETTINGS }, cards: records, reviews: log };
}

declare global {
	interface Window {
		trainerBench?: { seed(cards: number, reviews: number): Promise<void> };
	}
}

/** Lets the benchmark seed the store the page opened. */
export function exposeForBench(store: TrainerStore): void {
	window.trainerBench = {
		seed: async (cards, reviews) => {
			await store.importBackup(benchBackup(cards, reviews, new Date()));
		},
	};
}

/**
 * A deck's counts for today (new, learning and due cards), as its row in
 * the trainer's deck table shows them. The page is drawn with a new
 * learner's counts at build time; the island writes a count only where the
 * learner's differs (each cell keeps its number in `data-value`): a learner with nothing stored gets
 * their table without the island formatting a number, whose first
 * Intl.NumberFormat loads ICU data (40-70 ms of a phone's main thread).
 */
import { buildQueue } from '../srs/queue';
import { DEFAULT_SETTINGS, type Queue } from '../srs/types';

export const COUNT_KINDS = ['new', 'learning', 'due'] as const;
export type CountKind = (typeof COUNT_KINDS)[number];
export type DeckCounts = Record<CountKind, number>;

/** The counts of a deck's queue for today. */
export function queueCounts(queue: Queue): DeckCounts {
	return { new: queue.new.length, learning: queue.learning.length, due: queue.review.length };
}

/** What a learner with nothing stored (default settings, no card seen) has to study today in a deck of `keys`. */
export function newLearnerCounts(keys: readonly string[], now: Date): DeckCounts {
	return queueCounts(buildQueue(keys, new Map(), 0, now, DEFAULT_SETTINGS, 'UTC'));
}

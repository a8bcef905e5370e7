/**
 * What a desired retention costs this learner: a seeded simulation
 * (simulate-reviews.ts) of their own deck — the cards they have studied,
 * from their current memory state and due date, and the cards still new,
 * introduced at their new-cards-per-day setting — with their parameters,
 * giving the answers and the minutes per day over the next year.
 */
import { DAY_MS, toLearnerClock, type LearnerClock } from './learner-clock';
import { simulateReviews, type StudiedCard } from './simulate-reviews';
import type { CardRecord } from './types';
import type { AnswerSeconds } from './answer-seconds';

/** The retentions the chooser offers (within the settings' 0.70–0.99), besides the learner's current one. */
export const RETENTION_GRID: readonly number[] = [0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97];

export const WORKLOAD_DAYS = 365;

/** The grid with `current` added where it is not on it, in increasing order. */
export function retentionChoices(current: number): number[] {
	const onGrid = RETENTION_GRID.some((retention) => Math.abs(retention - current) < 1e-9);
	return onGrid ? [...RETENTION_GRID] : [...RETENTION_GRID, current].sort((a, b) => a - b);
}

/** The learner's deck as the simulation starts it. */
export interface DeckToStudy {
	studied: StudiedCard[];
	/** Cards of the decks not studied yet. */
	newCards: number;
}

/** Learner day number of an instant (days since 1970-01-01 on the learner's clock). */
function dayNumber(iso: string, clock: LearnerClock): number {
	return Math.floor(toLearnerClock(new Date(iso), clock).getTime() / DAY_MS);
}

/**
 * The deck's cards (`keys`) as they stand `now`: a card with a memory state
 * keeps it, its last review and its due day (a card already due is due
 * today); a suspended card is left out (it is never studied); every other
 * card is still to be introduced.
 */
export function deckToStudy(records: ReadonlyMap<string, CardRecord>, keys: Iterable<string>, now: Date, clock: LearnerClock): DeckToStudy {
	const today = dayNumber(now.toISOString(), clock);
	const studied: StudiedCard[] = [];
	let newCards = 0;
	for (const key of new Set(keys)) {
		const record = records.get(key);
		if (record?.suspended) continue;
		if (!record || record.state === 'new' || record.stability <= 0 || !record.lastReview) {
			newCards += 1;
			continue;
		}
		studied.push({
			stability: record.stability,
			difficulty: record.difficulty,
			lastDay: Math.min(0, dayNumber(record.lastReview, clock) - today),
			dueDay: Math.max(0, dayNumber(record.due, clock) - today),
		});
	}
	return { studied, newCards };
}

export interface WorkloadOptions {
	deck: DeckToStudy;
	newPerDay: number;
	parameters: readonly number[];
	seconds: AnswerSeconds;
	seed?: number;
	days?: number;
}

export interface Workload {
	retention: number;
	/** Answers per day (learning steps included), averaged over the simulated days. */
	answersPerDay: number;
	minutesPerDay: number;
	/** Share of due reviews recalled over the simulated days (what the retention buys); NaN without any. */
	recalled: number;
}

/** The workload at one desired retention. Every retention uses the same seed, so they differ only by it. */
export function workloadAt(retention: number, options: WorkloadOptions): Workload {
	const days = options.days ?? WORKLOAD_DAYS;
	const simulation = simulateReviews({
		parameters: options.parameters,
		desiredRetention: retention,
		deckSize: options.deck.newCards,
		studied: options.deck.studied,
		days,
		newPerDay: options.newPerDay,
		seed: options.seed ?? 1,
		seconds: options.seconds,
		spread: 'exact',
	});
	let answers = 0;
	let seconds = 0;
	let recalled = 0;
	let due = 0;
	for (const day of simulation.days) {
		answers += day.reviews;
		seconds += day.seconds;
		recalled += day.recalled;
		due += day.due;
	}
	return { retention, answersPerDay: answers / days, minutesPerDay: seconds / 60 / days, recalled: due === 0 ? Number.NaN : recalled / due };
}

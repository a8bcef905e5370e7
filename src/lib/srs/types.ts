/**
 * The trainer's scheduling types: the contract between the trainer core
 * (src/lib/srs, storage, backup, stats) and the trainer UI. Keep it backward
 * compatible and record any change at the top of docs/trainer.md.
 */

/** Again, Hard, Good, Easy: the same numbers as ts-fsrs's Rating enum. */
export type Rating = 1 | 2 | 3 | 4;

export const RATINGS: readonly Rating[] = [1, 2, 3, 4];

/**
 * The rating of a log entry that is not an answer but the learner's change to
 * a card (suspend, unsuspend, reset): ts-fsrs's Rating.Manual. It is logged
 * like an answer, so the card's state is still its newest entry's `after`.
 */
export const MANUAL = 0;
export type LogRating = Rating | typeof MANUAL;

export interface Settings {
	/** Probability of recall FSRS aims for, 0.70–0.99 (default 0.9). */
	desiredRetention: number;
	/** Daily cap on cards seen for the first time (default 20). */
	newCardsPerDay: number;
	/** The learner's start of day, minutes after local midnight (default 240 = 04:00). */
	dayStartMinutes: number;
	/** The learner's own FSRS-6 parameters (21 numbers, from the optimizer); absent: FSRS-6's defaults. */
	parameters?: readonly number[];
	/** The personal parameters in use before the last adoption or reset replaced them, so the learner can go back to them; absent: none were. */
	previousParameters?: readonly number[];
	/** Lapses from which a card counts as a leech (absent: DEFAULT_LEECH_THRESHOLD). */
	leechThreshold?: number;
	/** Whether a study session answers to single keys (Space, Enter, 1–4, U); absent: it does. WCAG 2.1.4 asks that they can be turned off. */
	keyShortcuts?: boolean;
}

/** Like Anki's default: a card forgotten this often after learning it is worth a look. */
export const DEFAULT_LEECH_THRESHOLD = 8;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
	desiredRetention: 0.9,
	newCardsPerDay: 20,
	dayStartMinutes: 240,
});

export type CardState = 'new' | 'learning' | 'review' | 'relearning';

/** One card's scheduling state as stored. All times are real (unshifted) ISO instants. */
export interface CardRecord {
	key: string;
	state: CardState;
	due: string;
	stability: number;
	difficulty: number;
	reps: number;
	lapses: number;
	lastReview?: string;
	learningSteps: number;
	elapsedDays: number;
	scheduledDays: number;
	/** Set aside by the learner: never studied or counted due until unsuspended. */
	suspended?: true;
	/** Incremented by every write; lets a tab tell a stale copy from a fresh one. */
	version: number;
}

/** One answer (or, with rating MANUAL, one change) in the review log; `before` is null for a card's first entry. */
export interface ReviewRecord {
	id: string;
	key: string;
	rating: LogRating;
	reviewedAt: string;
	before: CardRecord | null;
	after: CardRecord;
}

/** Card keys in the order to show them. */
export interface Queue {
	learning: string[];
	review: string[];
	new: string[];
}

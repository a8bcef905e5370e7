/**
 * Conversion between stored CardRecords (real instants, ISO strings) and
 * ts-fsrs Cards on the learner-day clock (see learner-clock.ts).
 */
import { State, type Card } from 'ts-fsrs';
import { DAY_MS, fromLearnerClock, toLearnerClock, type LearnerClock } from './learner-clock';
import type { CardRecord, CardState } from './types';
import { MAX_COUNT } from './valid-state';

const STATE_OF: Record<State, CardState> = {
	[State.New]: 'new',
	[State.Learning]: 'learning',
	[State.Review]: 'review',
	[State.Relearning]: 'relearning',
};

const FSRS_STATE_OF: Record<CardState, State> = {
	new: State.New,
	learning: State.Learning,
	review: State.Review,
	relearning: State.Relearning,
};

/** A stored record as ts-fsrs sees it, with its times on the learner-day clock. */
export function toFsrsCard(record: CardRecord, clock: LearnerClock): Card {
	const card: Card = {
		due: toLearnerClock(new Date(record.due), clock),
		stability: record.stability,
		difficulty: record.difficulty,
		elapsed_days: record.elapsedDays,
		scheduled_days: record.scheduledDays,
		learning_steps: record.learningSteps,
		reps: record.reps,
		lapses: record.lapses,
		state: FSRS_STATE_OF[record.state],
	};
	if (record.lastReview !== undefined) card.last_review = toLearnerClock(new Date(record.lastReview), clock);
	return card;
}

/**
 * The real due instant of a card ts-fsrs scheduled at `shiftedNow`. Steps
 * shorter than a day are real durations (a 10-minute step stays 10 minutes
 * across a DST change); longer intervals keep the local wall time.
 */
export function realDue(shiftedDue: Date, shiftedNow: Date, now: Date, clock: LearnerClock): Date {
	const step = shiftedDue.getTime() - shiftedNow.getTime();
	return step < DAY_MS ? new Date(now.getTime() + step) : fromLearnerClock(shiftedDue, clock);
}

/** A card ts-fsrs returned for a review at `now`, as the record to store. */
export function fromFsrsCard(
	card: Card,
	key: string,
	version: number,
	now: Date,
	shiftedNow: Date,
	clock: LearnerClock,
): CardRecord {
	return {
		key,
		state: STATE_OF[card.state],
		due: realDue(card.due, shiftedNow, now, clock).toISOString(),
		stability: card.stability,
		difficulty: card.difficulty,
		// Counts saturate at the valid maximum rather than make the record invalid (a billion answers, in theory).
		reps: Math.min(MAX_COUNT, card.reps),
		lapses: Math.min(MAX_COUNT, card.lapses),
		lastReview: now.toISOString(),
		learningSteps: card.learning_steps,
		elapsedDays: card.elapsed_days,
		scheduledDays: card.scheduled_days,
		version,
	};
}

/**
 * FSRS-6 scheduling (ts-fsrs, default weights, fuzz off) with the learner's
 * own start of day: every time is moved onto the learner-day clock before
 * ts-fsrs sees it and moved back afterwards.
 */
import { createEmptyCard, fsrs, generatorParameters, type FSRS, type Grade } from 'ts-fsrs';
import { fromFsrsCard, realDue, toFsrsCard } from './fsrs-card';
import { toLearnerClock, type LearnerClock } from './learner-clock';
import { RATINGS, type CardRecord, type Rating, type ReviewRecord, type Settings } from './types';

export interface Scheduler {
	/** Time until due (ms) for each rating, for the labels on the rating buttons. */
	preview(record: CardRecord | undefined, key: string, now: Date): Record<Rating, number>;
	/** Schedules an answer; start of day is applied before ts-fsrs sees the times (it counts days in UTC). */
	answer(record: CardRecord | undefined, key: string, rating: Rating, now: Date, reviewId: string): ReviewRecord;
}

export function createScheduler(settings: Settings, timeZone: string): Scheduler {
	const engine: FSRS = fsrs(generatorParameters({ request_retention: settings.desiredRetention, enable_fuzz: false }));
	const clock: LearnerClock = { timeZone, dayStartMinutes: settings.dayStartMinutes };

	function fsrsCardAt(record: CardRecord | undefined, shiftedNow: Date) {
		return record ? toFsrsCard(record, clock) : createEmptyCard(shiftedNow);
	}

	return {
		preview(record, _key, now) {
			const shiftedNow = toLearnerClock(now, clock);
			const outcomes = engine.repeat(fsrsCardAt(record, shiftedNow), shiftedNow);
			const intervals = {} as Record<Rating, number>;
			for (const rating of RATINGS) {
				const due = realDue(outcomes[rating as Grade].card.due, shiftedNow, now, clock);
				intervals[rating] = due.getTime() - now.getTime();
			}
			return intervals;
		},

		answer(record, key, rating, now, reviewId) {
			const shiftedNow = toLearnerClock(now, clock);
			const { card } = engine.next(fsrsCardAt(record, shiftedNow), shiftedNow, rating as Grade);
			return {
				id: reviewId,
				key,
				rating,
				reviewedAt: now.toISOString(),
				before: record ?? null,
				after: fromFsrsCard(card, key, (record?.version ?? 0) + 1, now, shiftedNow, clock),
			};
		},
	};
}

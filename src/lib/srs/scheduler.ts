/**
 * FSRS-6 scheduling (ts-fsrs, the learner's own parameters or the defaults,
 * fuzz off) with the learner's
 * own start of day: every time is moved onto the learner-day clock before
 * ts-fsrs sees it and moved back afterwards. It schedules exactly the states
 * valid-state.ts defines as valid, and refuses anything else by name rather
 * than let ts-fsrs throw something cryptic.
 */
import { createEmptyCard, fsrs, generatorParameters, State, type Card, type FSRS, type Grade } from 'ts-fsrs';
import { balanceRange, countByDay, lightestInterval } from './due-balance';
import { fromFsrsCard, realDue, toFsrsCard } from './fsrs-card';
import { addDays, DAY_MS, learnerDay, learnerDayStart, toLearnerClock, type LearnerClock } from './learner-clock';
import { problemText } from './problem-text';
import { RATINGS, type CardRecord, type Rating, type ReviewRecord, type Settings } from './types';
import { checkCardRecord, checkSettings, MAX_COUNT, type CheckOptions, type StateProblem } from './valid-state';

export interface Scheduler {
	/** Time until due (ms) for each rating, for the labels on the rating buttons. */
	preview(record: CardRecord | undefined, key: string, now: Date): Record<Rating, number>;
	/** Schedules an answer; start of day is applied before ts-fsrs sees the times (it counts days in UTC). */
	answer(record: CardRecord | undefined, key: string, rating: Rating, now: Date, reviewId: string): ReviewRecord;
}

export interface SchedulerOptions {
	/**
	 * The learner's cards as stored now. When given, an answer that schedules
	 * a review moves it within ts-fsrs's fuzz range to the day with the
	 * fewest of them due, suspended cards not counted (load balancing,
	 * due-balance.ts). The rating buttons' previews show the interval
	 * before that move, as Anki's do.
	 */
	cards?: () => Iterable<CardRecord>;
}

/** Throws, naming each bad field, unless `check` passes. */
function refuseInvalid(what: string, check: (options?: CheckOptions) => boolean): void {
	if (check()) return;
	const problems: StateProblem[] = [];
	check({ sink: (problem) => problems.push(problem) });
	throw new RangeError(`Cannot schedule ${what}: ${problems.map(problemText).join('; ')}`);
}

export function createScheduler(settings: Settings, timeZone: string, options: SchedulerOptions = {}): Scheduler {
	refuseInvalid('with these settings', (options) => checkSettings(settings, options));
	const engine: FSRS = fsrs(
		generatorParameters({ request_retention: settings.desiredRetention, enable_fuzz: false, ...(settings.parameters ? { w: [...settings.parameters] } : {}) }),
	);
	const clock: LearnerClock = { timeZone, dayStartMinutes: settings.dayStartMinutes };

	function fsrsCardAt(record: CardRecord | undefined, shiftedNow: Date): Card {
		if (!record) return createEmptyCard(shiftedNow);
		refuseInvalid(`card ${JSON.stringify(record.key)}`, (options) => checkCardRecord(record, options));
		const card = toFsrsCard(record, clock);
		// A last review later than now (the device's clock was set back, or a learner day began
		// in the hour a DST change repeats) counts as just now: ts-fsrs throws on a negative interval.
		if (card.last_review && card.last_review > shiftedNow) card.last_review = shiftedNow;
		return card;
	}

	/** The review moved to the lightest day of its fuzz range (the card's own record not counted). */
	function balanced(card: Card, key: string, now: Date, cards: () => Iterable<CardRecord>): Card {
		const range = balanceRange(card.scheduled_days, card.elapsed_days, engine.parameters.maximum_interval);
		if (!range) return card;
		const today = learnerDay(now, clock);
		const dayStarts: string[] = [];
		for (let days = range.shortest; days <= range.longest + 1; days += 1) dayStarts.push(learnerDayStart(addDays(today, days), clock).toISOString());
		const counts = countByDay(dues(cards(), key), dayStarts);
		const interval = lightestInterval(card.scheduled_days, range, (days) => counts[days - range.shortest] ?? 0);
		const moved = interval - card.scheduled_days;
		return moved === 0 ? card : { ...card, scheduled_days: interval, due: new Date(card.due.getTime() + moved * DAY_MS) };
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
			const scheduled = engine.next(fsrsCardAt(record, shiftedNow), shiftedNow, rating as Grade).card;
			const card = options.cards && scheduled.state === State.Review ? balanced(scheduled, key, now, options.cards) : scheduled;
			return {
				id: reviewId,
				key,
				rating,
				reviewedAt: now.toISOString(),
				before: record ?? null,
				after: fromFsrsCard(card, key, Math.min(MAX_COUNT, (record?.version ?? 0) + 1), now, shiftedNow, clock),
			};
		},
	};
}

/** Due times of the cards that will come due (not suspended), but the one being answered. */
function* dues(cards: Iterable<CardRecord>, except: string): Iterable<string> {
	for (const card of cards) if (card.key !== except && !card.suspended) yield card.due;
}

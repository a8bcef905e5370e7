/**
 * A seeded simulation of a learner studying a deck with FSRS-6: memory
 * follows the given ("true") parameters through ts-fsrs's `next_state` and
 * `forgetting_curve`, each review is recalled with the predicted
 * probability, and intervals aim at the desired retention. It yields the
 * review log (as the optimizer reads it) and the daily workload, so it
 * serves both the optimizer's tests (logs from known parameters) and the
 * retention/workload chooser.
 */
import { FSRSAlgorithm, generatorParameters, type FSRSState } from 'ts-fsrs';
import { createRandom } from '../lab/random';
import { DEFAULT_SECONDS, type AnswerSeconds } from './answer-seconds';
import { balanceRange, lightestInterval } from './due-balance';
import { DAY_MS } from './learner-clock';
import type { ReviewEvent } from './optimize/histories';
import type { Rating } from './types';

export interface SimulationOptions {
	parameters: readonly number[];
	desiredRetention: number;
	/** Cards in the deck, introduced in order. */
	deckSize: number;
	/**
	 * Cards already studied at the start: their memory state, the day (relative to day 0) of their
	 * last review and, where known, the day they are due (else the interval the desired retention gives).
	 */
	studied?: readonly StudiedCard[];
	days: number;
	newPerDay: number;
	seed: number;
	/** Chance the learner studies on a given day (1: every day). */
	studyChance?: number;
	/** Share of first answers rated Again, Hard and Easy (the rest Good). */
	firstRatings?: { again: number; hard: number; easy: number };
	/** Share of recalled reviews rated Hard and Easy (the rest Good). */
	recallRatings?: { hard: number; easy: number };
	/** Seconds a review, a new card and a forgotten card take. */
	seconds?: AnswerSeconds;
	/**
	 * How a due day is picked around the interval the desired retention gives: `fuzz` (the default)
	 * moves it at random by up to 5 %; `balance` picks the day within ts-fsrs's fuzz range (wider:
	 * 15 % for short intervals, at least a day) with the fewest cards due (load balancing); `exact`
	 * keeps it, as the trainer's scheduler does (fuzz off).
	 */
	spread?: DueSpread;
	/** Whether to return the review log. */
	keepLog?: boolean;
	maximumInterval?: number;
}

export interface StudiedCard {
	stability: number;
	difficulty: number;
	lastDay: number;
	dueDay?: number;
}

export type DueSpread = 'fuzz' | 'balance' | 'exact';

export interface SimulatedDay {
	reviews: number;
	seconds: number;
	/** Cards rated Hard, Good or Easy out of the reviews of cards due (not new, not same day). */
	recalled: number;
	due: number;
}

export interface Simulation {
	days: SimulatedDay[];
	events: ReviewEvent[];
}


interface SimulatedCard {
	key: string;
	state: FSRSState;
	lastDay: number;
	dueDay: number;
}

export function simulateReviews(options: SimulationOptions): Simulation {
	const random = createRandom(options.seed);
	const maximumInterval = options.maximumInterval ?? 36500;
	const algorithm = new FSRSAlgorithm(
		generatorParameters({
			w: [...options.parameters],
			request_retention: options.desiredRetention,
			maximum_interval: maximumInterval,
			enable_fuzz: false,
		}),
	);
	const first = options.firstRatings ?? { again: 0.2, hard: 0.05, easy: 0.1 };
	const recallShares = options.recallRatings ?? { hard: 0.05, easy: 0.05 };
	const seconds = options.seconds ?? DEFAULT_SECONDS;
	const studyChance = options.studyChance ?? 1;
	const days: SimulatedDay[] = Array.from({ length: options.days }, () => ({ reviews: 0, seconds: 0, recalled: 0, due: 0 }));
	const events: ReviewEvent[] = [];
	const cards: SimulatedCard[] = (options.studied ?? []).map((card, index) => ({
		key: `studied-${index}`,
		state: { stability: card.stability, difficulty: card.difficulty },
		lastDay: card.lastDay,
		dueDay: card.dueDay ?? card.lastDay + algorithm.next_interval(card.stability, 0),
	}));
	let introduced = 0;
	const spread = options.spread ?? 'fuzz';
	/** Cards due on each future day (kept only when balancing). */
	const dueLoad = new Map<number, number>();
	const addLoad = (day: number, change: number): void => {
		if (spread === 'balance') dueLoad.set(day, (dueLoad.get(day) ?? 0) + change);
	};
	for (const card of cards) addLoad(card.dueDay, 1);

	const log = (card: SimulatedCard, rating: Rating, day: number, minute: number): void => {
		if (options.keepLog) events.push({ card: card.key, rating, day, at: day * DAY_MS + minute * 60_000 });
	};
	const schedule = (card: SimulatedCard, day: number): void => {
		const elapsed = day - card.lastDay;
		card.lastDay = day;
		const interval = algorithm.next_interval(card.state.stability, 0);
		// Drawn whatever the spread, so runs that differ only in it see the same recalls and ratings.
		const draw = interval > 2 ? random.next() : 0.5;
		card.dueDay = day + Math.max(1, interval + spreadOffset(interval, draw, day, elapsed));
		addLoad(card.dueDay, 1);
	};
	/** Days added to the interval: fuzz (±5%, whole days) keeps intervals from bunching, as ts-fsrs's own fuzz does. */
	const spreadOffset = (interval: number, draw: number, day: number, elapsed: number): number => {
		if (spread === 'exact' || interval <= 2) return 0;
		if (spread === 'fuzz') return Math.round((draw - 0.5) * 0.1 * interval);
		const range = balanceRange(interval, elapsed, maximumInterval);
		return range ? lightestInterval(interval, range, (days) => dueLoad.get(day + days) ?? 0) - interval : 0;
	};
	const recallRating = (): Rating => {
		const draw = random.next();
		if (draw < recallShares.hard) return 2;
		if (draw < recallShares.hard + recallShares.easy) return 4;
		return 3;
	};

	for (let day = 0; day < options.days; day += 1) {
		if (random.next() >= studyChance) continue;
		const today = days[day]!;
		let minute = 0;
		for (const card of cards) {
			if (card.dueDay > day) continue;
			addLoad(card.dueDay, -1);
			const elapsed = day - card.lastDay;
			const recall = algorithm.forgetting_curve(elapsed, card.state.stability);
			const rating: Rating = random.next() < recall ? recallRating() : 1;
			card.state = algorithm.next_state(card.state, elapsed, rating);
			log(card, rating, day, (minute += 1));
			today.reviews += 1;
			today.due += 1;
			if (rating > 1) {
				today.recalled += 1;
				today.seconds += seconds.review;
			} else {
				// A relearning step later the same day, answered Good.
				card.state = algorithm.next_state(card.state, 0, 3);
				log(card, 3, day, minute + 10);
				today.reviews += 1;
				today.seconds += seconds.relearn;
			}
			schedule(card, day);
		}
		for (let n = 0; n < options.newPerDay && introduced < options.deckSize; n += 1) {
			const card: SimulatedCard = { key: `card-${introduced}`, state: { stability: 0, difficulty: 0 }, lastDay: day, dueDay: day };
			introduced += 1;
			const draw = random.next();
			const rating: Rating = draw < first.again ? 1 : draw < first.again + first.hard ? 2 : draw < first.again + first.hard + first.easy ? 4 : 3;
			card.state = algorithm.next_state(null, 0, rating);
			log(card, rating, day, (minute += 1));
			today.reviews += 1;
			today.seconds += seconds.learn;
			if (rating < 4) {
				// Learning steps the same day until it is answered Good.
				card.state = algorithm.next_state(card.state, 0, 3);
				log(card, 3, day, minute + 10);
				today.reviews += 1;
			}
			schedule(card, day);
			cards.push(card);
		}
	}
	return { days, events };
}


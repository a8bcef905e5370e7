/**
 * The review log as the optimizer sees it: each card's answers in order,
 * with whole learner days between them, and the predictions to score
 * ("items", as the reference optimizer calls them): every answer given on a
 * later day than the card's previous one. Same-day answers stay in a card's
 * history (they shape short-term stability) but are never scored, as in the
 * reference (fsrs-rs).
 */
import { DAY_MS, wallClockMs, type LearnerClock } from '../learner-clock';
import type { Rating } from '../types';

export interface ReviewEvent {
	card: string;
	rating: Rating;
	/** Learner day number (days since 1970-01-01 on the learner's clock). */
	day: number;
	/** The real instant, ms. */
	at: number;
}

export interface CardHistory {
	ratings: Uint8Array;
	/** Whole learner days since the card's previous answer; 0 for the first. */
	deltas: Uint32Array;
	days: Int32Array;
}

/** A scored prediction: answer `position` (≥ 1, a later day than the one before) of card `card`. */
export interface TrainingItem {
	card: number;
	position: number;
	day: number;
	at: number;
}

const OFFSET_BUCKET_MS = 15 * 60_000;

/**
 * Learner days for logged answers. The time zone's offset is looked up once
 * per quarter hour of the log (offsets only change on such boundaries), so
 * 100,000 answers cost a few thousand Intl calls, not 100,000.
 */
export function reviewEvents(
	reviews: Iterable<{ key: string; rating: Rating; reviewedAt: string }>,
	clock: LearnerClock,
): ReviewEvent[] {
	const offsets = new Map<number, number>();
	const events: ReviewEvent[] = [];
	for (const review of reviews) {
		const at = Date.parse(review.reviewedAt);
		const bucket = Math.floor(at / OFFSET_BUCKET_MS);
		let offset = offsets.get(bucket);
		if (offset === undefined) {
			const bucketStart = bucket * OFFSET_BUCKET_MS;
			offset = wallClockMs(bucketStart, clock.timeZone) - bucketStart;
			offsets.set(bucket, offset);
		}
		const day = Math.floor((at + offset - clock.dayStartMinutes * 60_000) / DAY_MS);
		events.push({ card: review.key, rating: review.rating, day, at });
	}
	return events;
}

/** Groups answers by card (in time order) and lists the items, oldest first. */
export function buildHistories(events: readonly ReviewEvent[]): { histories: CardHistory[]; items: TrainingItem[] } {
	const byCard = new Map<string, ReviewEvent[]>();
	for (const event of events) {
		const list = byCard.get(event.card);
		if (list) list.push(event);
		else byCard.set(event.card, [event]);
	}
	const histories: CardHistory[] = [];
	const items: TrainingItem[] = [];
	for (const list of byCard.values()) {
		list.sort((a, b) => a.at - b.at);
		const cardIndex = histories.length;
		const ratings = new Uint8Array(list.length);
		const deltas = new Uint32Array(list.length);
		const days = new Int32Array(list.length);
		list.forEach((event, position) => {
			ratings[position] = event.rating;
			days[position] = event.day;
			if (position === 0) return;
			deltas[position] = Math.max(0, event.day - list[position - 1]!.day);
			if (deltas[position]! > 0) items.push({ card: cardIndex, position, day: event.day, at: event.at });
		});
		histories.push({ ratings, deltas, days });
	}
	items.sort((a, b) => a.at - b.at);
	return { histories, items };
}

/** The card's first answer on a later day than its first (the one that tests the initial stability). */
export function firstLongTermPosition(history: CardHistory): number {
	return history.deltas.findIndex((delta) => delta > 0);
}

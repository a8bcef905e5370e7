/**
 * The statistics of a trainer page, counted over the cards of its decks as
 * its deck table counts them. The store holds the site's progress for every
 * locale (a card only the Turkish decks have, studied on the Turkish page)
 * and for cards an update of the decks retired: this page never shows
 * those, so counting them had Statistics speak of cards due today while the
 * deck table offered none.
 */
import type { CardRecord, ReviewRecord } from '../srs/types';
import { dueForecast } from './forecast';
import { trueRetention, type Retention } from './retention';
import { reviewsPerDay } from './reviews-per-day';

export interface PageStats {
	/** Cards due on each of the next `days` learner days (today with the overdue ones). */
	forecast: number[];
	/** Answers on each of the `days` learner days up to now. */
	answersPerDay: number[];
	retention: Retention;
}

export interface StatsSpan {
	now: Date;
	/** Start of the first learner day of `answersPerDay`. */
	from: Date;
	days: number;
	timeZone: string;
	dayStartMinutes: number;
}

/** The stored records of the page's cards (a card never studied has none). */
export function pageRecords(keys: Iterable<string>, records: ReadonlyMap<string, CardRecord>): CardRecord[] {
	const found: CardRecord[] = [];
	for (const key of keys) {
		const record = records.get(key);
		if (record) found.push(record);
	}
	return found;
}

/** `reviews` are the answers since `span.from`, of every card: only those to the page's cards count. */
export function pageStats(keys: ReadonlySet<string>, records: ReadonlyMap<string, CardRecord>, reviews: Iterable<ReviewRecord>, span: StatsSpan): PageStats {
	const answers = [...reviews].filter((review) => keys.has(review.key));
	return {
		forecast: dueForecast(pageRecords(keys, records), span.now, span.days, span.timeZone, span.dayStartMinutes),
		answersPerDay: reviewsPerDay(answers, span.from, span.now, span.timeZone, span.dayStartMinutes),
		retention: trueRetention(answers),
	};
}

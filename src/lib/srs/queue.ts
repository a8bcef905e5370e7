/**
 * Today's queue: learning cards due now (or within the learn-ahead window),
 * review cards due before the learner's next start of day, and new cards up
 * to the daily limit; never a suspended card. O(n log n) in the number of cards.
 */
import { addDays, learnerDay, learnerDayStart, type LearnerClock } from './learner-clock';
import type { CardRecord, Queue, Settings } from './types';

export { formatInterval } from './format-interval';

/**
 * Like Anki's learn-ahead limit: a learning step due within this window
 * counts as due when nothing else is left, so a session does not stall
 * for the last few minutes of a step.
 */
export const LEARN_AHEAD_MS = 20 * 60_000;

interface Dated {
	key: string;
	/** Canonical ISO time (see isInstant): string order is time order, and comparing strings is cheaper than parsing. */
	due: string;
}

function byDueThenKey(a: Dated, b: Dated): number {
	if (a.due !== b.due) return a.due < b.due ? -1 : 1;
	return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** The real instant the learner's next day starts. */
export function nextDayStart(now: Date, clock: LearnerClock): Date {
	return learnerDayStart(addDays(learnerDay(now, clock), 1), clock);
}

/**
 * `keys` are the deck's cards in the order new cards should be introduced;
 * records of other cards are ignored.
 */
export function buildQueue(
	keys: readonly string[],
	records: ReadonlyMap<string, CardRecord>,
	newIntroducedToday: number,
	now: Date,
	settings: Settings,
	timeZone: string,
): Queue {
	const learnAheadEnd = new Date(now.getTime() + LEARN_AHEAD_MS).toISOString();
	const todayEnd = nextDayStart(now, { timeZone, dayStartMinutes: settings.dayStartMinutes }).toISOString();
	const newLimit = Math.max(0, settings.newCardsPerDay - newIntroducedToday);
	const learning: Dated[] = [];
	const review: Dated[] = [];
	const fresh: string[] = [];
	const seen = new Set<string>();
	for (const key of keys) {
		if (seen.has(key)) continue;
		seen.add(key);
		const record = records.get(key);
		if (record?.suspended) continue;
		if (!record || record.state === 'new') {
			if (fresh.length < newLimit) fresh.push(key);
			continue;
		}
		const { due } = record;
		if (record.state === 'review') {
			if (due < todayEnd) review.push({ key, due });
		} else if (due < learnAheadEnd) {
			learning.push({ key, due });
		}
	}
	return {
		learning: learning.sort(byDueThenKey).map((card) => card.key),
		review: review.sort(byDueThenKey).map((card) => card.key),
		new: fresh,
	};
}

/**
 * The card to show next: a learning step that is due, else the oldest due
 * review, else a new card, else a learning step due within the learn-ahead
 * window. Undefined when the session is done.
 */
export function nextCard(queue: Queue, records: ReadonlyMap<string, CardRecord>, now: Date): string | undefined {
	const firstLearning = queue.learning[0];
	const learningDue = firstLearning !== undefined && Date.parse(records.get(firstLearning)?.due ?? '') <= now.getTime();
	if (learningDue) return firstLearning;
	return queue.review[0] ?? queue.new[0] ?? firstLearning;
}

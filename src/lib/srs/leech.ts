/**
 * Leeches: cards the learner keeps forgetting. ts-fsrs counts a lapse each
 * time a card in review is rated Again, and the count is part of the card's
 * logged state, so whether a card is a leech follows from its newest log
 * entry alone (a reset starts the count again).
 */
import { DEFAULT_LEECH_THRESHOLD, type CardRecord, type Settings } from './types';

export function leechThreshold(settings: Pick<Settings, 'leechThreshold'>): number {
	return settings.leechThreshold ?? DEFAULT_LEECH_THRESHOLD;
}

export function isLeech(record: Pick<CardRecord, 'lapses'> | undefined, threshold: number): boolean {
	return record !== undefined && record.lapses >= threshold;
}

/** The leeches among `records`, most lapses first (then by key, so the order is stable). */
export function findLeeches(records: Iterable<CardRecord>, threshold: number): CardRecord[] {
	const leeches: CardRecord[] = [];
	for (const record of records) if (isLeech(record, threshold)) leeches.push(record);
	return leeches.sort((a, b) => b.lapses - a.lapses || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Whether an answer made its card a leech (the lapse that reached the threshold). */
export function becameLeech(review: { before: Pick<CardRecord, 'lapses'> | null; after: Pick<CardRecord, 'lapses'> }, threshold: number): boolean {
	return !isLeech(review.before ?? undefined, threshold) && isLeech(review.after, threshold);
}

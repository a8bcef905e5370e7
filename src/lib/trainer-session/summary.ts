import type { Rating } from '../srs/types';

export interface SessionSummary {
	counts: Record<Rating, number>;
	/** Time spent on answered cards, from showing a card to rating it. */
	spentMs: number;
}

export function emptySummary(): SessionSummary {
	return { counts: { 1: 0, 2: 0, 3: 0, 4: 0 }, spentMs: 0 };
}

export function withAnswer(summary: SessionSummary, rating: Rating, spentMs: number): SessionSummary {
	return { counts: { ...summary.counts, [rating]: summary.counts[rating] + 1 }, spentMs: summary.spentMs + spentMs };
}

/** Undo takes an answer back out; counts never go below zero (the undone answer may predate this session). */
export function withoutAnswer(summary: SessionSummary, rating: Rating, spentMs: number): SessionSummary {
	return {
		counts: { ...summary.counts, [rating]: Math.max(0, summary.counts[rating] - 1) },
		spentMs: Math.max(0, summary.spentMs - spentMs),
	};
}

export function answeredCount(summary: SessionSummary): number {
	return summary.counts[1] + summary.counts[2] + summary.counts[3] + summary.counts[4];
}

/** The earliest due date among the given cards, for "next review: …" after a session. */
export function nextDue(keys: Iterable<string>, dueOf: (key: string) => string | undefined, after: Date): Date | undefined {
	let earliest: number | undefined;
	for (const key of keys) {
		const due = dueOf(key);
		if (due === undefined) continue;
		const time = Date.parse(due);
		if (time > after.getTime() && (earliest === undefined || time < earliest)) earliest = time;
	}
	return earliest === undefined ? undefined : new Date(earliest);
}

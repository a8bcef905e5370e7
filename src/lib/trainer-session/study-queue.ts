import { LEARN_AHEAD_MS } from '../srs/queue';
import type { CardRecord, Queue } from '../srs/types';

export interface Remaining {
	new: number;
	learning: number;
	review: number;
}

/**
 * The cards left in one study session. Built once from today's queue, then
 * updated per answer without rebuilding: answering must stay within a frame
 * even with thousands of cards stored.
 */
export class StudyQueue {
	private readonly learning: { key: string; due: number }[];
	private readonly review: string[];
	private readonly fresh: string[];

	constructor(queue: Queue, records: ReadonlyMap<string, CardRecord>) {
		this.learning = queue.learning.map((key) => ({ key, due: dueTime(records.get(key)) }));
		this.learning.sort((a, b) => a.due - b.due);
		this.review = [...queue.review];
		this.fresh = [...queue.new];
	}

	/** The card to show now: due learning cards, then reviews, then new cards, then learning cards due within the learn-ahead window. */
	next(now: Date): string | undefined {
		const first = this.learning[0];
		if (first && first.due <= now.getTime()) return first.key;
		const card = this.review[0] ?? this.fresh[0];
		if (card) return card;
		if (first && first.due <= now.getTime() + LEARN_AHEAD_MS) return first.key;
		return undefined;
	}

	/** Takes an answered card out; brings it back later today while it is still in its learning steps. */
	answered(key: string, after: CardRecord): void {
		this.remove(key);
		if (after.state === 'learning' || after.state === 'relearning') this.insertLearning(key, dueTime(after));
	}

	/** Undo: the card goes back to where it was before the answer, shown next. */
	restore(key: string, before: CardRecord | null): void {
		this.remove(key);
		if (!before || before.state === 'new') this.fresh.unshift(key);
		else if (before.state === 'review') this.review.unshift(key);
		else this.learning.unshift({ key, due: Number.NEGATIVE_INFINITY });
	}

	/** Learning cards still to come later today (not yet showable) count too. */
	remaining(): Remaining {
		return { new: this.fresh.length, learning: this.learning.length, review: this.review.length };
	}

	/** When the next learning card becomes showable, for "come back at …". */
	nextLearningDue(): Date | undefined {
		const first = this.learning[0];
		return first ? new Date(first.due) : undefined;
	}

	private remove(key: string): void {
		const learningIndex = this.learning.findIndex((entry) => entry.key === key);
		if (learningIndex >= 0) this.learning.splice(learningIndex, 1);
		for (const list of [this.review, this.fresh]) {
			const index = list.indexOf(key);
			if (index >= 0) list.splice(index, 1);
		}
	}

	private insertLearning(key: string, due: number): void {
		const index = this.learning.findIndex((entry) => entry.due > due);
		this.learning.splice(index < 0 ? this.learning.length : index, 0, { key, due });
	}
}

function dueTime(record: CardRecord | undefined): number {
	const time = record ? Date.parse(record.due) : Number.NaN;
	return Number.isNaN(time) ? 0 : time;
}

/**
 * A deterministic, realistic-looking study history for benchmarks and
 * tests: `cards` cards and `reviews` log entries, scheduled by the real
 * scheduler so every record is consistent with its log. The result is a
 * valid backup, so a benchmark can load it with importBackup.
 */
import { toBackupReview } from '../backup/review-chain';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../backup/types';
import { createScheduler } from './scheduler';
import { DEFAULT_SETTINGS, type CardRecord, type Rating, type ReviewRecord } from './types';

const DAY_MS = 86_400_000;

/** mulberry32: small, fast, good enough for test data. */
function randomSource(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
		mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
		return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/** Roughly what learners answer: mostly Good, some Again, a few Hard and Easy. */
function ratingFor(draw: number): Rating {
	if (draw < 0.1) return 1;
	if (draw < 0.15) return 2;
	if (draw < 0.9) return 3;
	return 4;
}

export function makeSyntheticHistory(cards: number, reviews: number, seed: number, now: Date = new Date()): Backup {
	const random = randomSource(seed);
	const scheduler = createScheduler(DEFAULT_SETTINGS, 'UTC');
	const records: CardRecord[] = [];
	const log: ReviewRecord[] = [];
	const digits = String(Math.max(cards - 1, 0)).length;
	for (let index = 0; index < cards; index += 1) {
		const key = `synthetic/card-${String(index).padStart(digits, '0')}`;
		const answers = Math.floor(reviews / cards) + (index < reviews % cards ? 1 : 0);
		// Each card's history starts 1–400 days ago and its answers are spread up to now.
		const start = now.getTime() - (1 + random() * 399) * DAY_MS;
		let record: CardRecord | undefined;
		for (let answer = 0; answer < answers; answer += 1) {
			const at = new Date(start + ((now.getTime() - start) * (answer + random())) / answers);
			const review = scheduler.answer(record, key, ratingFor(random()), at, `synthetic-${log.length}`);
			log.push(review);
			record = review.after;
		}
		if (record) records.push(record);
	}
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: now.toISOString(),
		settings: { ...DEFAULT_SETTINGS },
		cards: records,
		reviews: log.sort((a, b) => (a.reviewedAt < b.reviewedAt ? -1 : a.reviewedAt > b.reviewedAt ? 1 : 0)).map(toBackupReview),
	};
}

/** Answers per learner day, from the day of `from` to the day of `to`, both included (changes to cards are not answers). */
import { isAnswer } from '../srs/card-changes';
import { learnerDay, type LearnerClock } from '../srs/learner-clock';
import { DEFAULT_SETTINGS, type ReviewRecord } from '../srs/types';
import { dayBoundaries, dayIndex } from './learner-days';

const DAY_MS = 86_400_000;

export function reviewsPerDay(
	reviews: Iterable<Pick<ReviewRecord, 'reviewedAt' | 'rating'>>,
	from: Date,
	to: Date,
	timeZone = 'UTC',
	dayStartMinutes: number = DEFAULT_SETTINGS.dayStartMinutes,
): number[] {
	const clock: LearnerClock = { timeZone, dayStartMinutes };
	const days = Math.max(0, Math.round((Date.parse(learnerDay(to, clock)) - Date.parse(learnerDay(from, clock))) / DAY_MS) + 1);
	const boundaries = dayBoundaries(from, days, clock);
	const counts = new Array<number>(days).fill(0);
	for (const review of reviews) {
		if (!isAnswer(review)) continue;
		const day = dayIndex(boundaries, Date.parse(review.reviewedAt));
		if (day >= 0 && day < days) counts[day] = (counts[day] ?? 0) + 1;
	}
	return counts;
}

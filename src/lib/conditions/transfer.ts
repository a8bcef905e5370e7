/**
 * Thresholds of the transfer conditions (ids in conditions.ts).
 *
 * `data`: "much more data for A than for B" means A has at least
 * MUCH_MORE_DATA_RATIO times as many examples as B. It is a rule of thumb,
 * not a law: the gain of transfer shrinks gradually as B's data grows. The
 * scenario generator keeps well clear of the line, and the lab's data
 * experiment violates it outright (B gets more than a tenth of A's data).
 */
export const MUCH_MORE_DATA_RATIO = 10;

export function hasMuchMoreData(sourceCount: number, targetCount: number): boolean {
	return sourceCount >= MUCH_MORE_DATA_RATIO * targetCount;
}

/** The most examples B may have while A still has much more data than B. */
export function largestTargetWithMuchLessData(sourceCount: number): number {
	return Math.floor(sourceCount / MUCH_MORE_DATA_RATIO);
}

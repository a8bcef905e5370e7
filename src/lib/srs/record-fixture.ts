import type { CardRecord, CardState } from './types';

/** A plain scheduled card record for tests: only key, state and due time vary. */
export function cardRecordFixture(key: string, state: CardState, due: string): CardRecord {
	return { key, state, due, stability: 1, difficulty: 5, reps: 1, lapses: 0, learningSteps: 0, elapsedDays: 0, scheduledDays: 0, version: 1 };
}

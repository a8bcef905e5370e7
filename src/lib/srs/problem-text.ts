/**
 * A state problem as one line of plain English with its JSON path
 * ("reviews[3].after.difficulty: 0 is outside 1–10"), for error messages
 * and the store's records of what it set aside. The trainer's interface
 * words problems itself, in the page's language.
 */
import { jsonPath } from '../backup/json-path';
import type { StateProblem } from './valid-state';

const SIMPLE: Record<string, string> = {
	missing: 'missing',
	notObject: 'not an object',
	notDate: 'not a date (a UTC time such as 2025-01-01T00:00:00.000Z, from 1970 on)',
	notKey: 'not a card key (1–200 characters, no control characters)',
	directionControl: 'holds a character that sets the direction of text (such as U+202E), which no card key holds',
	notId: 'not a review id (1–100 characters)',
	notState: 'not one of new, learning, review, relearning',
	notRating: 'not 0 (a change: suspend, unsuspend or reset), 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)',
	notNumber: 'not a number',
	notWhole: 'not a whole number',
	notParameters: 'not a list of 21 FSRS-6 parameters',
	notFlag: 'not true (the only value this field may have)',
	notBoolean: 'not true or false',
};

export function problemText(problem: StateProblem): string {
	const where = jsonPath(problem.path);
	switch (problem.code) {
		case 'outOfRange':
			return `${where}: ${problem.value} is outside ${problem.min}–${problem.max}`;
		case 'future':
			return `${where}: ${problem.value} is later than both when the data was made (${problem.madeAt}) and now (${problem.now})`;
		case 'keyMismatch':
			return `${where}: does not match the review's key "${problem.key}"`;
		default:
			return `${where}: ${SIMPLE[problem.code]}`;
	}
}

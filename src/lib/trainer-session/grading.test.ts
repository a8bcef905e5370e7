import { describe, expect, it } from 'vitest';
import { gradeChoice } from './grading';

const single = { options: [{ id: 'a', correct: false }, { id: 'b', correct: true }, { id: 'c', correct: false }] };
const multiple = { options: [{ id: 'a', correct: true }, { id: 'b', correct: true }, { id: 'c', correct: false }] };

describe('gradeChoice', () => {
	it('a right answer preselects Good and allows Hard to Easy', () => {
		const grade = gradeChoice(single, new Set(['b']))!;
		expect(grade.correct).toBe(true);
		expect(grade.preselected).toBe(3);
		expect(grade.allowed).toEqual([2, 3, 4]);
	});

	it('a wrong answer preselects Again and allows nothing better', () => {
		const grade = gradeChoice(single, new Set(['a']))!;
		expect(grade.correct).toBe(false);
		expect(grade.preselected).toBe(1);
		expect(grade.allowed).toEqual([1]);
	});

	it('marks each option: a ticked wrong one and a missed right one are both wrong', () => {
		const grade = gradeChoice(multiple, new Set(['a', 'c']))!;
		expect(grade.options).toEqual([
			{ id: 'a', selected: true, right: true },
			{ id: 'b', selected: false, right: false },
			{ id: 'c', selected: true, right: false },
		]);
		expect(grade.correct).toBe(false);
	});

	it('needs every correct option for a multiple answer', () => {
		expect(gradeChoice(multiple, new Set(['a']))?.correct).toBe(false);
		expect(gradeChoice(multiple, new Set(['a', 'b']))?.correct).toBe(true);
	});

	it('nothing chosen is no answer: it is not graded, neither single nor multiple', () => {
		expect(gradeChoice(single, new Set())).toBeUndefined();
		expect(gradeChoice(multiple, new Set())).toBeUndefined();
	});
});

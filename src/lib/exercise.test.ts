import { describe, expect, it } from 'vitest';
import { checkExercise, exerciseProblems } from './exercise';

const sound = { id: 'shuffled-pixels', kind: 'lab', title: 'Shuffle the pixels' };

describe('exerciseProblems', () => {
	it('accepts a complete exercise of every kind', () => {
		for (const kind of ['lab', 'decide', 'compute']) expect(exerciseProblems({ ...sound, kind }, true)).toEqual([]);
	});

	it('names each faulty field', () => {
		expect(exerciseProblems({ id: 'Two Words', kind: 'quiz', title: ' ' }, false)).toEqual([
			'id must be lowercase letters, digits and single hyphens',
			'kind must be one of lab, decide, compute',
			'title must be a non-empty text',
			'the solution is missing (put it in <div slot="solution">…</div>)',
		]);
	});

	it('rejects ids with doubled or trailing hyphens and missing values', () => {
		expect(exerciseProblems({ ...sound, id: 'a--b' }, true)).toHaveLength(1);
		expect(exerciseProblems({ ...sound, id: 'a-' }, true)).toHaveLength(1);
		expect(exerciseProblems({ id: undefined, kind: undefined, title: undefined }, true)).toHaveLength(3);
	});
});

describe('checkExercise', () => {
	it('returns quietly for a sound exercise', () => {
		expect(() => checkExercise('content/en/a.mdx', sound, true)).not.toThrow();
	});

	it('throws one line naming the file, the exercise and the problem, without a stack', () => {
		let caught: unknown;
		try {
			checkExercise('content/tr/a.mdx', sound, false);
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(Error);
		expect((caught as Error).message).toBe('content/tr/a.mdx: exercise "shuffled-pixels": the solution is missing (put it in <div slot="solution">…</div>)');
		expect((caught as Error).stack).toBe((caught as Error).message);
	});

	it('says when the exercise has no id', () => {
		expect(() => checkExercise('x.mdx', { ...sound, id: '' }, true)).toThrow('x.mdx: exercise (no id): id must be');
	});
});

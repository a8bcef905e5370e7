import { describe, expect, it } from 'vitest';
import { yamlData } from './yaml-data';

describe('yamlData', () => {
	it('gives the same data to every reader of an unchanged file, and new data once the text changes', () => {
		const first = yamlData('quizzes/a/en.yaml', 'title: A\n');
		expect(first).toEqual({ title: 'A' });
		expect(yamlData('quizzes/a/en.yaml', 'title: A\n')).toBe(first);
		expect(yamlData('quizzes/a/en.yaml', 'title: B\n')).toEqual({ title: 'B' });
	});

	it('throws on text that is not YAML, with the position in the error', () => {
		expect(() => yamlData('quizzes/b/en.yaml', 'a: [1\n')).toThrow(expect.objectContaining({ linePos: expect.any(Array) }));
	});
});

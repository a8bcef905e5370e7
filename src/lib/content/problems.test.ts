import { describe, expect, it } from 'vitest';
import { formatProblems, problemFromLine } from './problems';
import { normaliseText } from './text';

describe('formatProblems', () => {
	it('prints one block: a heading with the count, then place, what is wrong and the fix of each, each once', () => {
		const problem = { file: 'content/en/a.md', line: 3, column: 2, message: 'the link goes nowhere', fix: 'link to an existing lesson' };
		expect(formatProblems([problem, problem, { file: 'quizzes/d/deck.yaml', at: 'card "x", field "section"', message: 'no such heading.' }], 'Stopped')).toBe(
			[
				'Stopped (2 problems):',
				'',
				'  content/en/a.md:3:2',
				'    the link goes nowhere.',
				'    Fix: link to an existing lesson.',
				'',
				'  quizzes/d/deck.yaml (card "x", field "section")',
				'    no such heading.',
			].join('\n'),
		);
	});
});

describe('problemFromLine', () => {
	it('reads the one-line problems of the deck and glossary checks, with a line when given', () => {
		expect(problemFromLine('quizzes/d/tr.yaml: card "x": front: expected text')).toEqual({ file: 'quizzes/d/tr.yaml', message: 'card "x": front: expected text' });
		expect(problemFromLine('content/glossary/en.yaml:12: entry "a": bad')).toEqual({ file: 'content/glossary/en.yaml', line: 12, message: 'entry "a": bad' });
	});
});

describe('normaliseText', () => {
	it('drops a byte-order mark and turns CRLF and CR line endings into LF', () => {
		expect(normaliseText('\uFEFF---\r\ntitle: A\r\n---\rBody')).toBe('---\ntitle: A\n---\nBody');
		expect(normaliseText('plain\n')).toBe('plain\n');
	});
});

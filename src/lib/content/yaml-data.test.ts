import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readYamlFile, yamlData } from './yaml-data';

describe('yamlData', () => {
	it('gives the same data to every reader of an unchanged file, and new data once the text changes', () => {
		const first = yamlData('quizzes/a/en.yaml', 'title: A\n');
		expect(first).toEqual({ title: 'A' });
		expect(yamlData('quizzes/a/en.yaml', 'title: A\n')).toBe(first);
		expect(yamlData('quizzes/a/en.yaml', 'title: B\n')).toEqual({ title: 'B' });
	});

	it('reads YAML 1.2 core as `yaml` does: dates, yes/no, merge keys and octals stay what the text says', () => {
		const text = 'date: 2026-12-07\nanswer: yes\nflag: true\nnothing: ~\nold: 017\nnew: 0o17\nbase: &b { a: 1 }\nmerged: { <<: *b }\nlist: [1, "2", 3.5]\n';
		expect(yamlData('quizzes/c/en.yaml', text)).toEqual(parse(text));
		expect(yamlData('quizzes/c/en.yaml', text)).toMatchObject({ date: '2026-12-07', answer: 'yes', old: 17, new: 15 });
	});

	it('throws on text that is not YAML, or that repeats a key, naming the line', () => {
		expect(() => yamlData('quizzes/b/en.yaml', 'a: [1\n')).toThrow(expect.objectContaining({ mark: expect.objectContaining({ line: 1 }) }));
		expect(() => yamlData('quizzes/d/en.yaml', 'a: 1\na: 2\n')).toThrow(/duplicated mapping key/);
	});
});

describe('readYamlFile', () => {
	it('gives the data, and the line of any field when a problem asks for it', () => {
		const read = readYamlFile('content/glossary/en.yaml', '- id: a\n  term: A\n- id: b\n  term: B\n  lessons:\n    - x\n    - y\n');
		expect(read).toMatchObject({ ok: true, data: [{ id: 'a' }, { id: 'b' }] });
		if (!read.ok) return;
		expect(read.lineOf([1])).toBe(3);
		expect(read.lineOf([1, 'lessons', 1])).toBe(7);
		expect(read.lineOf([1, 'missing'])).toBe(3);
	});

	it('names the file and line of a YAML mistake in one message, with the fix where there is one', () => {
		expect(readYamlFile('quizzes/e/en.yaml', 'a: 1\nb: 2\na: 2\n')).toEqual({ ok: false, place: 'quizzes/e/en.yaml:3', message: 'not valid YAML: "a" is given twice (lines 1 and 3); keep one' });
		expect(readYamlFile('quizzes/e/en.yaml', 'cards:\n  - { id: x, id: y }\n')).toEqual({ ok: false, place: 'quizzes/e/en.yaml:2', message: 'not valid YAML: "id" is given twice on line 2; keep one' });
		expect(readYamlFile('quizzes/f/en.yaml', 'a:\n\tb: 1\n')).toEqual({ ok: false, place: 'quizzes/f/en.yaml:2', message: expect.stringContaining('indent with spaces') });
		expect(readYamlFile('quizzes/g/en.yaml', 'a: Why: reuse\n')).toEqual({ ok: false, place: 'quizzes/g/en.yaml:1', message: expect.stringMatching(/; quote a value that contains ": "/) });
	});

	it('gives the quoting advice only where it fits: a missing bracket keeps the parser\'s own words', () => {
		expect(readYamlFile('quizzes/h/en.yaml', 'a: [1\n')).toEqual({ ok: false, place: 'quizzes/h/en.yaml:2', message: 'not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]' });
	});

	it('refuses a merge key at its line, since YAML 1.2 reads it as a field named "<<"', () => {
		const text = 'cards:\n  - &tf\n    id: why\n    kind: truefalse\n  - <<: *tf\n    id: why2\n';
		expect(readYamlFile('quizzes/i/deck.yaml', text)).toEqual({ ok: false, place: 'quizzes/i/deck.yaml:5', message: 'YAML merge keys (<<) are not supported; write the fields out' });
		expect(readYamlFile('quizzes/i/en.yaml', 'a: &no "No."\nb: *no\nc: "<<"\n')).toMatchObject({ ok: true, data: { a: 'No.', b: 'No.', c: '<<' } });
	});
});

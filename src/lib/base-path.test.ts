import { describe, expect, it } from 'vitest';
import { readBasePath } from './base-path';
import { formatProblems } from './content/problems';

describe('readBasePath', () => {
	it.each([
		[undefined, '/'],
		['', '/'],
		['/', '/'],
		['/course/', '/course/'],
		['/course', '/course/'],
		['/kurs-2026/ders_1.v2~a/', '/kurs-2026/ders_1.v2~a/'],
	])('takes %j as the base %j', (value, base) => {
		expect(readBasePath(value)).toEqual({ base, problems: [] });
	});

	it('stops at a space and Turkish letters, naming each once and the path to use instead', () => {
		const { problems } = readBasePath('/kurs dosyaları/ders ğüşıöç/');
		expect(formatProblems(problems, 'The site cannot be built until these are fixed')).toBe(
			[
				'The site cannot be built until these are fixed (1 problem):',
				'',
				'  BASE_PATH (environment variable)',
				'    BASE_PATH "/kurs dosyaları/ders ğüşıöç/" has characters a site path cannot carry as they are: a space, "ı", "ğ", "ü", "ş", "ö", "ç".',
				'    Fix: use only the letters A-Z and a-z, digits, "-", ".", "_", "~" and "/", e.g. BASE_PATH=/kurs-dosyalari/ders-gusioc/.',
			].join('\n'),
		);
	});

	it.each([
		['/course%20a/', /"%"/, /BASE_PATH=\/course-20a\//],
		['/my course/', /: a space$/, /BASE_PATH=\/my-course\//],
		['/kurs/?x=1', /"\?", "="/, /BASE_PATH=\/kurs\/x-1\//],
		['/a\tb/', /: U\+0009$/, /BASE_PATH=\/a-b\//],
	])('stops at %j', (value, message, fix) => {
		const { problems } = readBasePath(value);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toMatch(message);
		expect(problems[0]!.fix).toMatch(fix);
	});

	it('stops at a path that does not start with a slash', () => {
		expect(readBasePath('course/').problems).toEqual([{ file: 'BASE_PATH', at: 'environment variable', message: 'BASE_PATH "course/" does not start with "/"', fix: 'write BASE_PATH=/course/' }]);
	});

	it.each([['//course/'], ['/a//b/'], ['/a/../b/'], ['/./course/']])('stops at %j, whose empty or dot part the browser would not keep', (value) => {
		const { problems } = readBasePath(value);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toMatch(/empty, "\." or "\.\." part/);
	});
});

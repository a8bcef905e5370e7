import { describe, expect, it } from 'vitest';
import { duplicateHeadingProblems, lessonHeadings } from './headings';

describe('lessonHeadings', () => {
	it('reads explicit ids, and slugs the others as the Markdown pipeline does, numbering repeats', () => {
		const body = ['# Title {#top}', '', '## When it *pays*', '', '## Examples', '', '### Examples', '', '## `code` and [a link](./a.md) #'].join('\n');
		expect(lessonHeadings(body, 5).map(({ id, line }) => `${line} ${id}`)).toEqual(['5 top', '7 when-it-pays', '9 examples', '11 examples-1', '13 code-and-a-link']);
	});

	it('skips fenced code, whatever its fence', () => {
		const body = ['```md', '# Not a heading', '```', '~~~~', '## Nor this', '```', '~~~~', '## Real {#real}'].join('\n');
		expect(lessonHeadings(body).map((heading) => heading.id)).toEqual(['real']);
	});
});

describe('duplicateHeadingProblems', () => {
	it('names the later heading and the line of the first', () => {
		const headings = lessonHeadings(['## One {#part}', '', '## Part', '', '## Two {#part}'].join('\n'), 10);
		expect(duplicateHeadingProblems('content/en/a.md', headings)).toEqual([
			expect.objectContaining({ file: 'content/en/a.md', line: 12, message: expect.stringContaining('already the id of the heading on line 10') }),
			expect.objectContaining({ file: 'content/en/a.md', line: 14, message: expect.stringContaining('"part"'), fix: expect.stringContaining('{#another-id}') }),
		]);
	});

	it('finds none when every id is unique', () => {
		expect(duplicateHeadingProblems('a.md', lessonHeadings('## A\n\n## A\n\n## B {#b}\n'))).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import { parseNewestCommitDates } from './git-dates';

describe('parseNewestCommitDates', () => {
	it('keeps the newest time per file, whatever the log order', () => {
		const log = ['t:200', '', 'M\tcontent/en/a.md', 't:100', '', 'A\tcontent/en/a.md', 'A\tcontent/tr/a.md'].join('\n');
		const dates = parseNewestCommitDates(log);
		expect(dates.get('content/en/a.md')).toBe(200_000);
		expect(dates.get('content/tr/a.md')).toBe(100_000);
	});

	it('credits a rename to the new path', () => {
		const dates = parseNewestCommitDates('t:300\n\nR100\tcontent/en/old.md\tcontent/en/new.md\n');
		expect(dates.get('content/en/new.md')).toBe(300_000);
		expect(dates.has('content/en/old.md')).toBe(false);
	});
});

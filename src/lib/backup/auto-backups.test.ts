import { describe, expect, it } from 'vitest';
import { answersLacking, confirmationCovers, earlierKey, isAutoBackupKey, listOrder, replaceable } from './auto-backups';

const answer = (id: string, reviewedAt: string) => ({ id, reviewedAt });

describe('answers the incoming data lacks', () => {
	const progress = [answer('a', '2026-06-01T09:00:00.000Z'), answer('b', '2026-06-14T21:00:00.000Z'), answer('c', '2026-06-10T08:00:00.000Z')];

	it('counts the progress’s answers whose ids the data lacks, and names when the newest of them was given', () => {
		expect(answersLacking(progress, new Set(['a']))).toEqual({ count: 2, newestAt: '2026-06-14T21:00:00.000Z' });
		expect(answersLacking(progress, new Set(['a', 'b', 'x']))).toEqual({ count: 1, newestAt: '2026-06-10T08:00:00.000Z' });
		expect(answersLacking(progress, new Set())).toEqual({ count: 3, newestAt: '2026-06-14T21:00:00.000Z' });
	});

	it('is none when the data holds every answer, whatever else it holds', () => {
		expect(answersLacking(progress, new Set(['a', 'b', 'c', 'd']))).toBeUndefined();
		expect(answersLacking([], new Set())).toBeUndefined();
	});

	it('a confirmation covers exactly what it named: an answer given since, in another tab, asks again', () => {
		const lacking = { count: 2, newestAt: '2026-06-14T21:00:00.000Z' };
		expect(confirmationCovers(undefined, undefined)).toBe(true);
		expect(confirmationCovers(lacking, lacking)).toBe(true);
		expect(confirmationCovers(lacking, undefined)).toBe(false);
		expect(confirmationCovers(lacking, { ...lacking, count: 1 })).toBe(false);
		expect(confirmationCovers({ count: 3, newestAt: '2026-06-14T21:05:00.000Z' }, lacking)).toBe(false);
	});
});

describe('keep or replace an earlier automatic backup', () => {
	it('replaces it only when the progress backed up holds every answer it holds', () => {
		expect(replaceable(['a', 'b'], new Set(['a', 'b', 'c']))).toBe(true);
		expect(replaceable([], new Set())).toBe(true);
		// The tester's case: the day-14 progress (84 answers) in the automatic backup, the progress now the day-6 file and one answer.
		const day14 = Array.from({ length: 84 }, (_, index) => `r${index}`);
		const day6AndOne = new Set([...day14.slice(0, 53), 'new']);
		expect(replaceable(day14, day6AndOne)).toBe(false);
	});

	it('keys: the newest under "last" (every version wrote it there), earlier ones under numbered keys no other uses', () => {
		expect(isAutoBackupKey('last')).toBe(true);
		expect(isAutoBackupKey('earlier-3')).toBe(true);
		expect(isAutoBackupKey('lastImport')).toBe(false);
		expect(isAutoBackupKey('earlier-x')).toBe(false);
		expect(earlierKey(['last', 'lastImport'])).toBe('earlier-1');
		expect(earlierKey(['last', 'earlier-1', 'earlier-4'])).toBe('earlier-5');
	});

	it('lists the newest first, then the earlier ones newest first, and damaged ones last', () => {
		const listed = listOrder([
			{ key: 'earlier-1', exportedAt: '2026-06-06T00:00:00.000Z' },
			{ key: 'earlier-2' },
			{ key: 'earlier-3', exportedAt: '2026-06-14T00:00:00.000Z' },
			{ key: 'last', exportedAt: '2026-06-01T00:00:00.000Z' },
		]);
		expect(listed.map((backup) => backup.key)).toEqual(['last', 'earlier-3', 'earlier-1', 'earlier-2']);
	});
});

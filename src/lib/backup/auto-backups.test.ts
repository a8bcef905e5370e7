import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../srs/types';
import { answersLacking, confirmationCovers, earlierKey, holdings, isAutoBackupKey, listOrder, replaceable, setAsideLacking } from './auto-backups';

const answer = (id: string, reviewedAt: string, rating: 0 | 3 = 3) => ({ id, rating, reviewedAt });

describe('answers the incoming data lacks', () => {
	const progress = [answer('a', '2026-06-01T09:00:00.000Z'), answer('b', '2026-06-14T21:00:00.000Z'), answer('c', '2026-06-10T08:00:00.000Z')];

	it('counts the progress’s answers whose ids the data lacks, and names when the newest of them was given', () => {
		expect(answersLacking(progress, new Set(['a']))).toEqual({ count: 2, newestAt: '2026-06-14T21:00:00.000Z' });
		expect(answersLacking(progress, new Set(['a', 'b', 'x']))).toEqual({ count: 1, newestAt: '2026-06-10T08:00:00.000Z' });
		expect(answersLacking(progress, new Set())).toEqual({ count: 3, newestAt: '2026-06-14T21:00:00.000Z' });
	});

	it('counts card changes (suspend, reset) apart from the answers: a suspension is no answer, and its time is not the newest answer’s', () => {
		const withSuspension = [...progress, answer('s', '2026-06-20T10:00:00.000Z', 0)];
		expect(answersLacking(withSuspension, new Set(['a', 'b', 'c']))).toEqual({ count: 0, newestAt: '', changes: 1 });
		expect(answersLacking(withSuspension, new Set(['a']))).toEqual({ count: 2, newestAt: '2026-06-14T21:00:00.000Z', changes: 1 });
		const lacking = { count: 2, newestAt: '2026-06-14T21:00:00.000Z' };
		expect(confirmationCovers({ ...lacking, changes: 1 }, lacking)).toBe(false);
		expect(confirmationCovers({ ...lacking, changes: 1 }, { ...lacking, changes: 1 })).toBe(true);
	});

	it('is none when the data holds every answer, whatever else it holds', () => {
		expect(answersLacking(progress, new Set(['a', 'b', 'c', 'd']))).toBeUndefined();
		expect(answersLacking([], new Set())).toBeUndefined();
	});

	it('counts the entries of damaged data kept aside the data lacks, compared by the data they hold', () => {
		const entry = (value: unknown, key = '1') => ({ store: 'logTail', key, reason: 'its checksum does not match', movedAt: '2026-06-14T21:00:00.000Z', value });
		const kept = [entry({ review: 'x', checksum: '1' }), entry({ review: 'y', checksum: '2' }), null];
		expect(setAsideLacking(kept, [])).toBe(3);
		expect(setAsideLacking(kept, [entry({ checksum: '1', review: 'x' }, 'tail 7'), null])).toBe(1);
		expect(setAsideLacking([], kept)).toBe(0);
		expect(answersLacking(progress, new Set(['a', 'b', 'c']), 1)).toEqual({ count: 0, newestAt: '', setAside: 1 });
		expect(answersLacking(progress, new Set(['a', 'c']), 2)).toEqual({ count: 1, newestAt: '2026-06-14T21:00:00.000Z', setAside: 2 });
		expect(answersLacking(progress, new Set(['a', 'b', 'c']), 0)).toBeUndefined();
	});

	it('a confirmation covers exactly what it named: an answer given since, in another tab, asks again', () => {
		const lacking = { count: 2, newestAt: '2026-06-14T21:00:00.000Z' };
		expect(confirmationCovers(undefined, undefined)).toBe(true);
		expect(confirmationCovers(lacking, lacking)).toBe(true);
		expect(confirmationCovers(lacking, undefined)).toBe(false);
		expect(confirmationCovers(lacking, { ...lacking, count: 1 })).toBe(false);
		expect(confirmationCovers({ count: 3, newestAt: '2026-06-14T21:05:00.000Z' }, lacking)).toBe(false);
		// An entry set aside in another tab after the question asks again.
		expect(confirmationCovers({ ...lacking, setAside: 1 }, lacking)).toBe(false);
		expect(confirmationCovers({ ...lacking, setAside: 1 }, { ...lacking, setAside: 1 })).toBe(true);
	});
});

describe('keep or replace an earlier automatic backup', () => {
	const card = (key: string, reps = 1) => ({ key, state: 2, due: '2026-06-20T09:00:00.000Z', reps, version: reps });
	const review = (id: string, key: string) => ({ id, key, rating: 3, reviewedAt: '2026-06-01T09:00:00.000Z', after: card(key) });
	const backup = (ids: string[], more: { settings?: object; cards?: object[]; damaged?: unknown[] } = {}) => ({
		settings: DEFAULT_SETTINGS,
		cards: [],
		reviews: ids.map((id) => review(id, 'd/a')),
		...more,
	});

	it('replaces it only when the progress backed up holds every answer it holds', () => {
		expect(replaceable(holdings(backup(['a', 'b'])), holdings(backup(['a', 'b', 'c'])))).toBe(true);
		expect(replaceable(holdings(backup([])), holdings(backup([])))).toBe(true);
		// The tester's case: the day-14 progress (84 answers) in the automatic backup, the progress now the day-6 file and one answer.
		const day14 = Array.from({ length: 84 }, (_, index) => `r${index}`);
		expect(replaceable(holdings(backup(day14)), holdings(backup([...day14.slice(0, 53), 'new'])))).toBe(false);
	});

	it('keeps it when it holds damaged data kept aside the new one lacks, compared by the data, not by where or when it was found', () => {
		const damagedAnswer = { store: 'logTail', key: '6', reason: 'its checksum does not match', movedAt: '2026-06-02T09:00:00.000Z', value: { review: '{"id":"f","rating":2}', checksum: 'x1' } };
		const earlier = holdings(backup(['a'], { damaged: [damagedAnswer] }));
		// The tester's case: every answer of it in the new one (and one more), the damaged answer nowhere else.
		expect(replaceable(earlier, holdings(backup(['a', 'b'])))).toBe(false);
		expect(replaceable(earlier, holdings(backup(['a', 'b'], { damaged: [{ ...damagedAnswer, value: { ...damagedAnswer.value, checksum: 'x2' } }] })))).toBe(false);
		// The same data, found again by an export, its fields in another order: nothing would be lost.
		const foundAgain = { value: { checksum: 'x1', review: '{"id":"f","rating":2}' }, store: 'logTail', key: 'tail 6', reason: 'its checksum does not match (found by the export)', movedAt: '2026-06-03T09:00:00.000Z' };
		expect(replaceable(earlier, holdings(backup(['a', 'b'], { damaged: [foundAgain] })))).toBe(true);
		// An entry that is no entry at all (garbage) is its own data.
		expect(replaceable(holdings(backup([], { damaged: [null, 'x'] })), holdings(backup([], { damaged: ['x'] })))).toBe(false);
		expect(replaceable(holdings(backup([], { damaged: [null, 'x'] })), holdings(backup([], { damaged: ['x', null] })))).toBe(true);
	});

	it('keeps it when its settings differ (personal parameters fitted since), whatever the order of their fields', () => {
		const fitted = { ...DEFAULT_SETTINGS, parameters: Array.from({ length: 21 }, (_, index) => index / 10) };
		expect(replaceable(holdings(backup(['a'], { settings: fitted })), holdings(backup(['a', 'b'])))).toBe(false);
		expect(replaceable(holdings(backup(['a'])), holdings(backup(['a'], { settings: fitted })))).toBe(false);
		const reordered = Object.fromEntries(Object.entries(fitted).reverse());
		expect(replaceable(holdings(backup(['a'], { settings: fitted })), holdings(backup(['a'], { settings: reordered })))).toBe(true);
	});

	it('keeps it when it holds a card state without history that the new one does not hold as it was', () => {
		const imported = card('d/imported', 4);
		const earlier = holdings(backup(['a'], { cards: [card('d/a'), imported] }));
		expect(replaceable(earlier, holdings(backup(['a', 'b'], { cards: [card('d/a'), imported] })))).toBe(true);
		expect(replaceable(earlier, holdings(backup(['a', 'b'], { cards: [card('d/a')] })))).toBe(false);
		expect(replaceable(earlier, holdings(backup(['a', 'b'], { cards: [card('d/a'), card('d/imported', 5)] })))).toBe(false);
		// A card with answers in the backup is in its log: the answers decide.
		expect(replaceable(holdings(backup(['a'], { cards: [card('d/a')] })), holdings(backup(['a'], { cards: [card('d/a', 7)] })))).toBe(true);
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

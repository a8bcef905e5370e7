import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type ReviewRecord } from '../srs/types';
import { TAIL_SIZE } from './log-writes';
import { freshName, minutesLater, now, openStore, zone } from './test-helpers';

describe('answering', () => {
	it('stores the record and the log entry before resolving', async () => {
		const name = freshName();
		const store = await openStore(name);
		const review = await store.answer('d/a', 3, now, zone);
		expect(review).toMatchObject({ key: 'd/a', rating: 3, before: null, reviewedAt: now.toISOString() });
		const other = await openStore(name);
		const loaded = await other.load(now, zone);
		expect(loaded.records.get('d/a')).toEqual(review.after);
		expect(loaded.newIntroducedToday).toBe(1);
		expect(await other.reviews()).toEqual([review]);
	});

	it('schedules from the stored record and the stored settings', async () => {
		const store = await openStore(freshName());
		await store.saveSettings({ ...DEFAULT_SETTINGS, desiredRetention: 0.8 });
		const first = await store.answer('d/a', 3, now, zone);
		const second = await store.answer('d/a', 3, minutesLater(10), zone);
		expect(second.before).toEqual(first.after);
		expect(second.after.reps).toBe(2);
		expect((await store.load(now, zone)).settings.desiredRetention).toBe(0.8);
	});

	it('counts new cards introduced since the learner day started (04:00 local)', async () => {
		const store = await openStore(freshName());
		await store.answer('d/yesterday', 3, new Date('2025-03-11T00:30:00.000Z'), zone); // 03:30 local, 10 March's learner day
		await store.answer('d/today', 3, new Date('2025-03-11T01:30:00.000Z'), zone); // 04:30 local
		await store.answer('d/today', 3, new Date('2025-03-11T01:45:00.000Z'), zone); // not new any more
		expect(await store.load(new Date('2025-03-11T02:00:00.000Z'), zone)).toMatchObject({ newIntroducedToday: 1, day: '2025-03-11' });
		// Before 04:00 local the count is the 10th's, and says so.
		expect(await store.load(new Date('2025-03-11T00:45:00.000Z'), zone)).toMatchObject({ newIntroducedToday: 1, day: '2025-03-10' });
	});

	it('never loses or doubles a review when two tabs answer at once, across filing the log', async () => {
		const name = freshName();
		const [tabA, tabB] = await Promise.all([openStore(name), openStore(name)]);
		const total = TAIL_SIZE + 20;
		const answers = Array.from({ length: total }, (_, index) =>
			(index % 2 === 0 ? tabA : tabB).answer('d/shared', 3, minutesLater(index), zone),
		);
		const reviews = await Promise.all(answers);
		const log = await tabA.reviews();
		expect(log).toHaveLength(total);
		expect(new Set(log.map((review) => review.id)).size).toBe(total);
		expect(new Set(reviews.map((review) => review.after.reps)).size).toBe(total);
		const byReps = [...reviews].sort((a, b) => a.after.reps - b.after.reps);
		byReps.forEach((review, index) => expect(review.before).toEqual(index === 0 ? null : byReps[index - 1]!.after));
		expect((await tabB.load(now, zone)).records.get('d/shared')?.reps).toBe(total);
	});

	it('tells the other tabs after a write', async () => {
		const name = freshName();
		const [tabA, tabB] = await Promise.all([openStore(name), openStore(name)]);
		const heard = new Promise<void>((resolve) => tabB.onExternalChange(resolve));
		let heardOwn = false;
		tabA.onExternalChange(() => (heardOwn = true));
		await tabA.answer('d/a', 3, now, zone);
		await heard;
		expect(heardOwn).toBe(false);
	});
});

describe('undo: each tab takes back its own answers', () => {
	it('restores the record exactly and removes the log entry, one answer at a time', async () => {
		const store = await openStore(freshName());
		const first = await store.answer('d/a', 3, now, zone);
		const second = await store.answer('d/a', 1, minutesLater(10), zone);
		expect(await store.undo(second)).toEqual({ undone: second });
		expect((await store.load(now, zone)).records.get('d/a')).toEqual(first.after);
		expect(await store.reviews()).toEqual([first]);
		expect(await store.undo(first)).toEqual({ undone: first });
		expect((await store.load(now, zone)).records.has('d/a')).toBe(false);
		expect(await store.undo(first)).toEqual({ refused: 'gone' });
	});

	it("takes back this tab's answer when another tab has answered other cards since", async () => {
		const name = freshName();
		const [tabA, tabB] = await Promise.all([openStore(name), openStore(name)]);
		const mine = await tabA.answer('d/a', 3, now, zone);
		const theirs = await tabB.answer('d/b', 4, minutesLater(1), zone);
		expect(await tabA.undo(mine)).toEqual({ undone: mine });
		expect([...(await tabB.load(now, zone)).records.values()]).toEqual([theirs.after]);
		expect(await tabB.reviews()).toEqual([theirs]);
	});

	it('refuses, changing nothing, when the card was only suspended afterwards, and says so', async () => {
		const store = await openStore(freshName());
		const mine = await store.answer('d/a', 3, now, zone);
		const suspended = await store.changeCard('d/a', 'suspend', minutesLater(1));
		expect(await store.undo(mine)).toEqual({ refused: 'changed-later' });
		expect((await store.load(now, zone)).records.get('d/a')).toEqual(suspended.after);
		expect(await store.reviews()).toEqual([mine, suspended]);
	});

	it('refuses, changing nothing, when another tab answered the same card afterwards', async () => {
		const name = freshName();
		const [tabA, tabB] = await Promise.all([openStore(name), openStore(name)]);
		const mine = await tabA.answer('d/a', 3, now, zone);
		const theirs = await tabB.answer('d/a', 3, minutesLater(10), zone);
		expect(await tabA.undo(mine)).toEqual({ refused: 'answered-later' });
		expect((await tabA.load(now, zone)).records.get('d/a')).toEqual(theirs.after);
		expect(await tabA.reviews()).toEqual([mine, theirs]);
		expect(await tabB.undo(theirs)).toEqual({ undone: theirs });
		expect(await tabA.undo(mine)).toEqual({ undone: mine });
	});

	it('finds the answer after the log has filed it into a page', async () => {
		const name = freshName();
		const [tabA, tabB] = await Promise.all([openStore(name), openStore(name)]);
		const mine = await tabA.answer('d/mine', 3, now, zone);
		const theirs: ReviewRecord[] = [];
		for (let index = 0; index < TAIL_SIZE + 5; index += 1) theirs.push(await tabB.answer(`d/${index % 9}`, 3, minutesLater(index + 1), zone));
		expect(await tabA.undo(mine)).toEqual({ undone: mine });
		expect(await tabA.reviews()).toEqual(theirs);
		expect((await tabA.load(now, zone)).records.has('d/mine')).toBe(false);
	});

	it('refuses an answer that an import has replaced', async () => {
		const store = await openStore(freshName());
		const mine = await store.answer('d/a', 3, now, zone);
		await store.importBackup(await store.exportBackup(now).then((backup) => ({ ...backup, cards: [], reviews: [] })), { count: 1, newestAt: mine.reviewedAt });
		expect(await store.undo(mine)).toEqual({ refused: 'gone' });
	});
});

describe('settings and the log', () => {
	it('rejects invalid settings and keeps the old ones', async () => {
		const store = await openStore(freshName());
		await expect(store.saveSettings({ ...DEFAULT_SETTINGS, desiredRetention: 1.5 })).rejects.toThrow(/desiredRetention/);
		expect((await store.load(now, zone)).settings).toEqual(DEFAULT_SETTINGS);
	});

	it('returns log entries in a time range, oldest first', async () => {
		const store = await openStore(freshName());
		for (let minute = 0; minute < 5; minute += 1) await store.answer(`d/${minute}`, 3, minutesLater(minute), zone);
		const range = await store.reviews(minutesLater(1).toISOString(), minutesLater(3).toISOString());
		expect(range.map((review) => review.key)).toEqual(['d/1', 'd/2']);
		expect((await store.reviews(undefined, minutesLater(1).toISOString())).map((review) => review.key)).toEqual(['d/0']);
	});
});

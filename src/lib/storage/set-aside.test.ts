import { describe, expect, it } from 'vitest';
import { makeSyntheticHistory } from '../srs/synthetic-history';
import { bucketOf } from './card-buckets';
import type { StoredPage } from './log-reads';
import { VOLUME_SIZE } from './review-log';
import { backupFileText } from './backup-io';
import { editRaw, freshName, importReplacing, minutesLater, now, openStore, readAllRaw, withReviewText, writeRaw, zone } from './test-helpers';

const history = makeSyntheticHistory(30, 2 * VOLUME_SIZE + 30, 11, now);
const pause = async () => undefined;

async function withSetAsidePage(edit: (page: StoredPage) => StoredPage) {
	const name = freshName();
	const store = await openStore(name);
	await store.importBackup(history);
	const before = await store.reviews();
	await editRaw(name, 'logPages', 1, (page) => edit(page as StoredPage));
	const [item] = (await store.checkLog(pause)).setAside;
	return { name, store, before, item: item! };
}

describe('restoring damaged data', { timeout: 20_000 }, () => {
	it('puts an edited page back where it was, on the learner’s word, with the edit', async () => {
		const { name, store, before, item } = await withSetAsidePage((page) => withReviewText(page, (text) => text.replace('"rating":3', '"rating":2')));
		expect(await store.restoreSetAside(item.id)).toMatchObject({ reviews: VOLUME_SIZE, complete: true, cards: [] });
		const after = await store.reviews();
		expect(after.map((review) => review.id)).toEqual(before.map((review) => review.id));
		expect(after.filter((review, index) => review.rating !== before[index]!.rating)).toHaveLength(1);
		expect(after.map((review) => review.before)).toEqual(before.map((review) => review.before));
		expect(await readAllRaw(name, 'quarantine')).toEqual([]);
		expect(await store.checkLog(pause)).toMatchObject({ setAside: [] });
	});

	it('salvages what a truncated page still holds, and keeps the rest set aside; a second restore adds nothing twice', async () => {
		const { store, before, item } = await withSetAsidePage((page) => withReviewText(page, (text) => text.slice(0, Math.floor(text.length / 2))));
		expect(item).toMatchObject({ reviews: VOLUME_SIZE, cardsComplete: false, restorable: true });
		const restored = await store.restoreSetAside(item.id);
		if (!('complete' in restored)) throw new Error('refused');
		expect(restored.complete).toBe(false);
		expect(restored.reviews).toBeGreaterThan(VOLUME_SIZE / 3);
		expect(restored.reviews).toBeLessThan(VOLUME_SIZE);
		const after = await store.reviews();
		expect(after).toEqual(before.filter((review) => after.some((kept) => kept.id === review.id)));
		expect(await store.setAsideItems()).toMatchObject([{ id: item.id }]);
		expect(await store.restoreSetAside(item.id)).toMatchObject({ reviews: 0 });
		expect(await store.reviews()).toHaveLength(after.length);
	});

	it('brings back the state of a card that has none, never over a newer one', async () => {
		const name = freshName();
		const store = await openStore(name);
		const answered = await store.answer('d/a', 3, now, zone);
		await writeRaw(name, 'cardBuckets', { cards: `[${JSON.stringify(answered.after)}]`, checksum: 'edited' }, bucketOf('d/a'));
		await store.load(now, zone);
		const [item] = await store.setAsideItems();
		expect(item).toMatchObject({ kind: 'cards', cards: ['d/a'], restorable: true });
		const newer = await store.answer('d/a', 3, minutesLater(10), zone);
		expect(await store.restoreSetAside(item!.id)).toMatchObject({ cards: [], complete: true });
		expect((await store.load(now, zone)).records.get('d/a')).toEqual(newer.after);
	});

	it('discards only what the learner picks', async () => {
		const { name, store, item } = await withSetAsidePage((page) => withReviewText(page, () => 'garbage'));
		await writeRaw(name, 'quarantine', { store: 'settings', key: 'settings', reason: 'test', movedAt: now.toISOString(), value: {} });
		await store.discardSetAside(item.id);
		expect(await store.setAsideItems()).toMatchObject([{ kind: 'settings' }]);
	});
});

describe('damaged data kept aside that is itself damaged', { timeout: 20_000 }, () => {
	it('is listed, exported and discarded like any other, not only counted', async () => {
		const name = freshName();
		const store = await openStore(name);
		await store.answer('d/a', 3, now, zone);
		await writeRaw(name, 'quarantine', 'not an entry');
		await writeRaw(name, 'quarantine', { store: 7, movedAt: 'yesterday' });
		await writeRaw(name, 'quarantine', null);
		const items = await store.setAsideItems();
		expect(items).toHaveLength(3);
		for (const item of items) expect(Number.isNaN(Date.parse(item.setAsideAt))).toBe(false);
		const exported = await store.exportBackupText(now);
		expect(exported.damaged.map((item) => item.id)).toEqual(items.map((item) => item.id));
		expect(JSON.parse(backupFileText(exported.parts)).damaged).toEqual(['not an entry', { store: 7, movedAt: 'yesterday' }, null]);
		expect(await store.restoreSetAside(items[0]!.id)).toMatchObject({ reviews: 0, complete: false });
		await store.discardSetAside(items[0]!.id);
		expect((await store.setAsideItems()).map((item) => item.id)).toEqual([items[1]!.id, items[2]!.id]);
	});
});

describe('damaged data in backups', { timeout: 20_000 }, () => {
	it('goes into the exported file as raw data, comes back set aside on import, and is kept by the automatic backup', async () => {
		const { store, item } = await withSetAsidePage((page) => withReviewText(page, () => 'garbage'));
		const exported = await store.exportBackupText(now);
		expect(exported).toMatchObject({ reviews: VOLUME_SIZE + 30, damaged: [{ id: item.id, reviews: VOLUME_SIZE }] });
		const file = JSON.parse(backupFileText(exported.parts));
		const target = await openStore(freshName());
		await target.importBackup(file);
		expect(await target.setAsideItems()).toMatchObject([{ kind: 'reviews', reviews: VOLUME_SIZE, from: item.from, to: item.to }]);
		// An answer of the learner's own, so the next import keeps this progress rather than the (empty) one from before the file.
		await target.answer('d/own', 3, now, zone);
		await importReplacing(target, { ...file, damaged: undefined, reviews: [], cards: [] });
		expect(await target.setAsideItems()).toEqual([]);
		await target.importBackup(await target.lastAutoBackup());
		expect(await target.setAsideItems()).toHaveLength(1);
		await expect(target.importBackup({ ...file, damaged: 'garbage' })).rejects.toMatchObject({ problems: [{ path: ['damaged'], code: 'notList' }] });
	});
});

describe('review times in damaged data brought back (the rule of srs/review-times.ts)', () => {
	const DAY = 86_400_000;
	const one = makeSyntheticHistory(1, 1, 3, now);
	const [answer] = one.reviews;

	/** A backup made at `madeAt` whose damaged list holds a tail entry with `answer` at `at`, set aside at `movedAt`. */
	function withDamagedAnswer(at: string, movedAt: string, madeAt: string) {
		const review = { ...answer!, id: 'from-the-damaged-list', reviewedAt: at, after: { ...answer!.after, lastReview: at, reps: 2, version: 2 }, before: answer!.after };
		const entry = { store: 'logTail', key: 'tail 7', reason: 'its checksum does not match', movedAt, value: { review: JSON.stringify(review), checksum: 'x' } };
		return { ...one, exportedAt: madeAt, damaged: [entry] };
	}

	it('refuses an answer dated later than both when it was set aside and now, names it, and keeps it aside (the tester’s year 2999)', async () => {
		const name = freshName();
		const store = await openStore(name);
		const fileMade = new Date().toISOString();
		await store.importBackup(withDamagedAnswer('2999-01-01T00:00:00.000Z', fileMade, fileMade));
		const [item] = await store.setAsideItems();
		const outcome = await store.restoreSetAside(item!.id);
		expect(outcome).toMatchObject({ count: 2, refused: [{ path: ['reviews', 0, 'reviewedAt'], code: 'future', key: answer!.key, value: '2999-01-01T00:00:00.000Z', madeAt: fileMade }, { path: ['reviews', 0, 'after', 'lastReview'] }] });
		expect(await store.setAsideItems()).toMatchObject([{ id: item!.id }]);
		expect((await store.reviews()).map((review) => review.id)).toEqual([answer!.id]);
	});

	it('judges an entry by the backup that carried it: one claiming to be set aside after the backup was made was set aside by then', async () => {
		const store = await openStore(freshName());
		const fileMade = new Date().toISOString();
		await store.importBackup(withDamagedAnswer('2999-01-01T00:00:00.000Z', '2999-01-02T00:00:00.000Z', fileMade));
		const [item] = await store.setAsideItems();
		expect(item!.setAsideAt).toBe(fileMade);
		expect(await store.restoreSetAside(item!.id)).toMatchObject({ count: 2, refused: [{ code: 'future', madeAt: fileMade }, {}] });
	});

	it('restores answers given while the clock was ahead (set aside then), and says how far ahead', async () => {
		const store = await openStore(freshName());
		const ahead = new Date(Date.now() + 3 * DAY).toISOString();
		await store.importBackup(withDamagedAnswer(ahead, ahead, ahead));
		const [item] = await store.setAsideItems();
		expect(await store.restoreSetAside(item!.id)).toEqual({ reviews: 1, cards: [answer!.key], complete: true, clockAheadUntil: ahead });
		expect(await store.setAsideItems()).toEqual([]);
	});
});

describe('listing damaged data', () => {
	it('reads only the oldest entries asked for, and counts them all', async () => {
		const name = freshName();
		const store = await openStore(name);
		const entry = { store: 'logTail', key: 'tail 1', reason: 'not valid JSON', movedAt: now.toISOString(), value: 'garbage' };
		for (let id = 1; id <= 25; id++) await writeRaw(name, 'quarantine', entry, id);
		expect((await store.setAsideItems(20)).map((item) => item.id)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
		expect(await store.setAsideItems()).toHaveLength(25);
		expect(await store.setAsideCount()).toBe(25);
	});
});

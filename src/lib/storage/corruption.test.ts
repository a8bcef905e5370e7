import { describe, expect, it } from 'vitest';
import { makeSyntheticHistory } from '../srs/synthetic-history';
import { DEFAULT_SETTINGS } from '../srs/types';
import type { StoredPage } from './log-reads';
import { bucketOf } from './card-buckets';
import { freshName, minutesLater, now, openStore, readAllRaw, writeRaw, writeRawCard, zone } from './test-helpers';

describe('corrupted records', () => {
	it('are moved to quarantine and reported while everything else loads', async () => {
		const name = freshName();
		const store = await openStore(name);
		const good = await store.answer('d/good', 3, now, zone);
		await store.answer('d/bad', 3, now, zone);
		await writeRawCard(name, { key: 'd/bad', state: 'review', due: 'soon', stability: -1 });
		await writeRaw(name, 'settings', { desiredRetention: 'high' }, 'settings');

		const loaded = await store.load(minutesLater(1), zone);
		expect([...loaded.records.values()]).toEqual([good.after]);
		expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
		expect(loaded.corrupted).toHaveLength(2);
		const card = loaded.corrupted.find((report) => report.store === 'cards');
		expect(card).toMatchObject({ key: 'd/bad', reason: expect.stringMatching(/due: not a date/) });
		expect(card!.reason).toMatch(/stability/);
		expect(loaded.corrupted.find((report) => report.store === 'settings')).toMatchObject({ key: 'settings', reason: expect.stringMatching(/desiredRetention/) });

		const quarantined = (await readAllRaw(name, 'quarantine')) as { store: string; key: string; value: unknown }[];
		expect(quarantined.map((entry) => [entry.store, entry.key])).toEqual([
			['cards', 'd/bad'],
			['settings', 'settings'],
		]);
		expect(quarantined[0]!.value).toMatchObject({ due: 'soon' });
		expect((await store.load(minutesLater(2), zone)).corrupted).toEqual([]);
	});

	it('sets aside an unreadable card bucket and loads the other buckets', async () => {
		const name = freshName();
		const store = await openStore(name);
		const keys = Array.from({ length: 40 }, (_, index) => `d/${index}`);
		for (const key of keys) await store.answer(key, 3, now, zone);
		const broken = bucketOf('d/0');
		await writeRaw(name, 'cardBuckets', '[{"key":', broken);
		const loaded = await store.load(minutesLater(1), zone);
		expect([...loaded.records.keys()].sort()).toEqual(keys.filter((key) => bucketOf(key) !== broken).sort());
		expect(loaded.corrupted).toMatchObject([{ store: 'cards', key: `bucket ${broken}`, reason: expect.stringMatching(/not valid JSON/) }]);
		expect(await readAllRaw(name, 'quarantine')).toMatchObject([{ store: 'cards', key: `bucket ${broken}`, value: '[{"key":' }]);
		expect((await store.load(minutesLater(2), zone)).corrupted).toEqual([]);
	});

	it('sets aside a corrupt log entry and keeps the rest of its page', async () => {
		const name = freshName();
		const store = await openStore(name);
		await store.importBackup(makeSyntheticHistory(3, 5, 1, now));
		const kept = await store.reviews();
		const [page] = (await readAllRaw(name, 'logPages')) as StoredPage[];
		const [befores] = (await readAllRaw(name, 'logBefores')) as string[];
		const broken = { id: 'broken', key: 'd/b', rating: 9, reviewedAt: minutesLater(1).toISOString() };
		await writeRaw(name, 'logPages', { ...page, count: 6, reviews: page!.reviews.replace(/\]$/, `,${JSON.stringify(broken)}]`) });
		await writeRaw(name, 'logBefores', befores!.replace(/\]$/, ',null]'), 1);
		expect(await store.reviews()).toEqual(kept);
		const quarantined = (await readAllRaw(name, 'quarantine')) as { store: string; key: string; reason: string }[];
		expect(quarantined).toMatchObject([{ store: 'reviews', key: 'broken' }]);
		expect(quarantined[0]!.reason).toMatch(/rating/);
		expect(await store.reviews()).toEqual(kept);
		expect(await readAllRaw(name, 'quarantine')).toHaveLength(1);
	});

	it('sets aside an unreadable log page', async () => {
		const name = freshName();
		const store = await openStore(name);
		await store.importBackup(makeSyntheticHistory(3, 5, 1, now));
		const [page] = (await readAllRaw(name, 'logPages')) as StoredPage[];
		await writeRaw(name, 'logPages', { ...page, reviews: '[{"id":' });
		expect(await store.reviews()).toEqual([]);
		const quarantined = (await readAllRaw(name, 'quarantine')) as { store: string; key: string; reason: string }[];
		expect(quarantined).toMatchObject([{ store: 'logPages', key: '1' }]);
		expect(quarantined[0]!.reason).toMatch(/broken JSON/);
		expect((await store.load(now, zone)).records.size).toBe(3);
	});

	it('sets aside a corrupt entry of the newest answers (the tail)', async () => {
		const name = freshName();
		const store = await openStore(name);
		const kept = await store.answer('d/a', 3, now, zone);
		await writeRaw(name, 'logTail', { id: 'broken', key: 'd/a' }, 99);
		expect(await store.reviews()).toEqual([kept]);
		expect(await readAllRaw(name, 'quarantine')).toMatchObject([{ store: 'reviews', key: 'tail 99' }]);
		expect(await readAllRaw(name, 'logTail')).toHaveLength(1);
	});

	it('still records an answer to a card whose record is corrupt, as a new card', async () => {
		const name = freshName();
		const store = await openStore(name);
		await writeRawCard(name, { key: 'd/a', state: 'nonsense' });
		const review = await store.answer('d/a', 3, now, zone);
		expect(review.before).toBeNull();
		expect(review.after.reps).toBe(1);
		expect(((await readAllRaw(name, 'quarantine')) as { value: unknown }[])[0]!.value).toEqual({ key: 'd/a', state: 'nonsense' });
	});

	it('sets a damaged latest entry aside when undoing, so the entry before it becomes undoable', async () => {
		const name = freshName();
		const store = await openStore(name);
		const first = await store.answer('d/a', 3, now, zone);
		await writeRaw(name, 'logTail', { id: 'broken' }, 99);
		expect(await store.undoLast()).toBeUndefined();
		expect(await store.undoLast()).toEqual(first);
		expect(await readAllRaw(name, 'quarantine')).toMatchObject([{ store: 'reviews', key: 'tail 99' }]);
	});

	it('sets a damaged last log page aside when undoing', async () => {
		const name = freshName();
		const store = await openStore(name);
		await store.importBackup(makeSyntheticHistory(3, 5, 1, now));
		const latest = (await store.reviews()).at(-1);
		await writeRaw(name, 'logPages', { seq: 2, minAt: 'x', maxAt: 'x', count: 1, reviews: '[{"id":"broken"}]', checksum: '0' });
		expect(await store.undoLast()).toBeUndefined();
		expect(await store.undoLast()).toEqual(latest);
		expect(await readAllRaw(name, 'quarantine')).toMatchObject([{ store: 'logPages', key: '2' }]);
	});
});

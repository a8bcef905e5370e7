import { describe, expect, it } from 'vitest';
import { createScheduler } from '../srs/scheduler';
import { makeSyntheticHistory } from '../srs/synthetic-history';
import { DEFAULT_SETTINGS } from '../srs/types';
import { bucketOf, type StoredBucket } from './card-buckets';
import type { StoredPage } from './log-reads';
import type { DamageReport } from './types';
import { editRaw, freshName, minutesLater, now, openStore, readAllRaw, storeWithOnePage, withReviewText, writeRaw, writeRawCard, zone } from './test-helpers';
import { utf8 } from './utf8';

/** Keys of `count` cards that share one bucket. */
function keysInOneBucket(count: number): string[] {
	const byBucket = new Map<number, string[]>();
	for (let index = 0; ; index += 1) {
		const key = `d/${index}`;
		const keys = byBucket.get(bucketOf(key)) ?? [];
		keys.push(key);
		byBucket.set(bucketOf(key), keys);
		if (keys.length === count) return keys;
	}
}

describe('a damaged card bucket', () => {
	it('is set aside whole and its cards rebuilt from the log before anything loads', async () => {
		const name = freshName();
		const store = await openStore(name);
		const [a, b] = keysInOneBucket(2);
		for (const [minute, key] of [a, a, b, a].entries()) await store.answer(key!, minute === 1 ? 1 : 3, minutesLater(minute * 11), zone);
		const other = await store.answer('other/card', 4, minutesLater(50), zone);
		const before = (await store.load(minutesLater(60), zone)).records;
		await writeRaw(name, 'cardBuckets', 'garbage \u0000\u00ff', bucketOf(a!));

		const loaded = await store.load(minutesLater(60), zone);
		expect(loaded.records).toEqual(before);
		expect(loaded.damage).toMatchObject({ rebuilt: [a, b], partlyRebuilt: [], notRebuilt: [] });
		expect(loaded.damage.setAside).toMatchObject([{ kind: 'cards', cards: [], cardsComplete: false, restorable: false }]);
		expect(await readAllRaw(name, 'quarantine')).toMatchObject([{ store: 'cardBuckets', key: `bucket ${bucketOf(a!)}`, value: 'garbage \u0000\u00ff' }]);
		expect(loaded.setAsideCount).toBe(1);
		const again = await store.load(minutesLater(61), zone);
		expect(again.damage).toEqual({ rebuilt: [], partlyRebuilt: [], notRebuilt: [], historyMissing: [], setAside: [] });
		expect(again.records.get('other/card')).toEqual(other.after);
	});

	it('is noticed when edited into other valid JSON, and rebuilt as it was', async () => {
		const name = freshName();
		const store = await openStore(name);
		const answered = await store.answer('d/a', 3, now, zone);
		await editRaw(name, 'cardBuckets', bucketOf('d/a'), (stored) => {
			const { cards, checksum } = stored as StoredBucket;
			return { cards: cards.replace(answered.after.due, '2099-01-01T00:00:00.000Z'), checksum };
		});
		const loaded = await store.load(now, zone);
		expect(loaded.records.get('d/a')).toEqual(answered.after);
		expect(loaded.damage.rebuilt).toEqual(['d/a']);
		expect(loaded.damage.setAside[0]!.reason).toMatch(/checksum/);
	});

	it('keeps sound records that have no answers in the log; names those it cannot rebuild', async () => {
		const name = freshName();
		const store = await openStore(name);
		const [answered, imported, broken] = keysInOneBucket(3);
		const importedCard = createScheduler(DEFAULT_SETTINGS, zone).answer(undefined, imported!, 4, now, 'elsewhere').after;
		await store.importBackup({ ...makeSyntheticHistory(0, 0, 1, now), cards: [importedCard] });
		const review = await store.answer(answered!, 3, now, zone);
		await writeRawCard(name, { key: broken!, state: 'confused' });
		const loaded = await store.load(now, zone);
		expect(loaded.records.get(answered!)).toEqual(review.after);
		expect(loaded.records.get(imported!)).toEqual(importedCard);
		expect(loaded.damage).toMatchObject({ rebuilt: [answered], notRebuilt: [broken] });
		expect(loaded.damage.setAside).toMatchObject([{ kind: 'cards', cards: [answered, broken, imported].sort(), restorable: true }]);
	});

	it('met while answering is repaired in the same write, which schedules from the rebuilt state', async () => {
		const name = freshName();
		const store = await openStore(name);
		const first = await store.answer('d/a', 3, now, zone);
		await writeRaw(name, 'cardBuckets', '[{"key":', bucketOf('d/a'));
		const repairs: DamageReport[] = [];
		store.onRepair((report) => repairs.push(report));
		const second = await store.answer('d/a', 3, minutesLater(10), zone);
		expect(second.before).toEqual(first.after);
		expect(second.after.reps).toBe(2);
		expect(repairs).toMatchObject([{ rebuilt: ['d/a'], setAside: [{ kind: 'cards', cards: [], cardsComplete: false }] }]);
	});
});

describe('damaged log data', () => {
	it('of today is set aside whole at load, leaving an empty page in its place; older pages wait for the full check', async () => {
		const { name, store, page } = await storeWithOnePage();
		await editRaw(name, 'logPages', 1, (stored) => withReviewText(stored as StoredPage, () => '[{"id":'));
		const cards = (await store.load(now, zone)).records;
		expect(cards.size).toBe(3);
		expect((await store.load(new Date(page.maxAt), zone)).damage.setAside).toMatchObject([
			{ kind: 'reviews', reviews: 5, from: page.minAt, to: page.maxAt, cards: [], cardsComplete: false },
		]);
		expect(await readAllRaw(name, 'logPages')).toMatchObject([{ seq: 1, count: 0, reviews: utf8('[]') }]);
		expect(await readAllRaw(name, 'quarantine')).toMatchObject([{ store: 'logPages', key: '1', value: { reviews: utf8('[{"id":'), befores: expect.any(String) } }]);
	});

	it('is left where it is by statistics and exports', async () => {
		const name = freshName();
		const store = await openStore(name);
		await store.importBackup(makeSyntheticHistory(3, 5, 1, now));
		await editRaw(name, 'logPages', 1, (stored) => withReviewText(stored as StoredPage, () => '[]'));
		const raw = await readAllRaw(name, 'logPages');
		expect(await store.reviews()).toEqual([]);
		await store.exportBackupText(now);
		expect(await readAllRaw(name, 'logPages')).toEqual(raw);
		expect(await readAllRaw(name, 'quarantine')).toEqual([]);
	});

	it('makes a rebuilt card "partly rebuilt" when it may hold later answers to it', async () => {
		const name = freshName();
		const store = await openStore(name);
		await store.answer('d/a', 3, now, zone);
		await writeRaw(name, 'quarantine', { store: 'logPages', key: '9', reason: 'test', movedAt: now.toISOString(), value: { minAt: now.toISOString(), maxAt: minutesLater(60).toISOString(), count: 3, reviews: 'unreadable' } });
		await writeRaw(name, 'cardBuckets', 'garbage', bucketOf('d/a'));
		expect((await store.load(now, zone)).damage).toMatchObject({ rebuilt: [], partlyRebuilt: ['d/a'] });
	});

	it('in settings: set aside, and the defaults apply', async () => {
		const name = freshName();
		const store = await openStore(name);
		await writeRaw(name, 'settings', { desiredRetention: 'high' }, 'settings');
		const loaded = await store.load(now, zone);
		expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
		expect(loaded.damage.setAside).toMatchObject([{ kind: 'settings', restorable: false }]);
		expect(await readAllRaw(name, 'quarantine')).toMatchObject([{ store: 'settings', value: { desiredRetention: 'high' } }]);
	});
});

import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { withBefore } from '../backup/review-chain';
import { makeSyntheticHistory } from '../srs/synthetic-history';
import { Checksum } from './checksum';
import { pageOf } from './review-log';
import { freshName, now, openStore, readAllRaw, zone } from './test-helpers';

const { cards, reviews } = makeSyntheticHistory(300, 650, 3, now);
const log = withBefore(reviews);

/** Creates the stores versions 1 and 2 shared; version 1 kept cards one record each in `cards`, version 2 in `cardBuckets`. */
async function createOldVersion(name: string, version: 1 | 2, write: (database: Awaited<ReturnType<typeof openDB>>) => Promise<void>): Promise<void> {
	const database = await openDB(name, version, {
		upgrade(upgrading) {
			if (version === 1) upgrading.createObjectStore('cards', { keyPath: 'key' });
			else upgrading.createObjectStore('cardBuckets');
			upgrading.createObjectStore('logPages', { keyPath: 'seq' }).createIndex('maxAt', 'maxAt');
			upgrading.createObjectStore('logBefores');
			upgrading.createObjectStore('logTail', { autoIncrement: true });
			upgrading.createObjectStore('settings');
			upgrading.createObjectStore('quarantine', { autoIncrement: true });
			upgrading.createObjectStore('autobackup');
		},
	});
	await write(database);
	database.close();
}

/** A page as versions 1 and 2 stored it: the checksum of its review text alone, no checksum of its befores. */
function oldPage(seq: number, from: number, to: number) {
	const { befores, checksum: _checksum, beforesChecksum: _beforesChecksum, ...page } = pageOf(seq, log.slice(from, to));
	return { page: { ...page, checksum: new Checksum().add(page.reviews).digest() }, befores };
}

async function writeOldLog(database: Awaited<ReturnType<typeof openDB>>, damageSecondPage = false) {
	for (const [seq, [from, to]] of [[1, [0, 300]], [2, [300, 600]]] as const) {
		const { page, befores } = oldPage(seq, from, to);
		await database.put('logPages', damageSecondPage && seq === 2 ? { ...page, reviews: page.reviews.replace('"rating":3', '"rating":1') } : page);
		await database.put('logBefores', befores, seq);
	}
	for (const review of log.slice(600)) await database.add('logTail', review);
}

describe('upgrading the database', () => {
	it('from version 1 (one record per card): cards move into checksummed buckets, the log gets its checksums, a corrupt card is set aside', async () => {
		const name = freshName();
		await createOldVersion(name, 1, async (database) => {
			for (const card of [...cards, { key: 'd/bad', state: 'nonsense' }]) await database.put('cards', card);
			await writeOldLog(database);
		});
		const store = await openStore(name);
		const loaded = await store.load(now, zone);
		expect([...loaded.records.values()].sort((a, b) => (a.key < b.key ? -1 : 1))).toEqual(cards);
		expect(loaded.damage).toMatchObject({ notRebuilt: ['d/bad'], setAside: [{ kind: 'cards', cards: expect.arrayContaining(['d/bad']) }] });
		expect(await store.reviews()).toEqual(log);
		expect(await store.checkLog(async () => undefined)).toMatchObject({ setAside: [] });
		const answered = await store.answer(cards[0]!.key, 3, now, zone);
		expect(answered.before).toEqual(cards[0]);
	});

	it('from version 2 (buckets without checksums): every sound page is sealed, one that already failed its checksum stays damaged', async () => {
		const name = freshName();
		await createOldVersion(name, 2, async (database) => {
			const buckets = new Map<number, unknown[]>();
			const { bucketOf } = await import('./card-buckets');
			for (const card of cards) buckets.set(bucketOf(card.key), [...(buckets.get(bucketOf(card.key)) ?? []), card]);
			for (const [bucket, entries] of buckets) await database.put('cardBuckets', JSON.stringify(entries), bucket);
			await writeOldLog(database, true);
		});
		const store = await openStore(name);
		expect((await store.load(now, zone)).damage.setAside).toEqual([]);
		expect(await readAllRaw(name, 'logTail')).toHaveLength(50);
		const { setAside } = await store.checkLog(async () => undefined);
		expect(setAside).toMatchObject([{ kind: 'reviews', reviews: 300, reason: expect.stringMatching(/checksum/) }]);
		expect(await store.reviews()).toEqual([...log.slice(0, 300), ...log.slice(600)]);
	});
});

import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { withBefore } from '../backup/review-chain';
import { makeSyntheticHistory } from '../srs/synthetic-history';
import { backupFileText } from './backup-io';
import { bucketsOf, bucketValue } from './card-buckets';
import { Checksum, textChecksum } from './checksum';
import { pageOf } from './review-log';
import { tailEntry } from './tail-entry';
import { freshName, now, openStore, readAllRaw, zone } from './test-helpers';
import { textOf } from './utf8';

const { cards, reviews } = makeSyntheticHistory(300, 650, 3, now);
const log = withBefore(reviews);

/** Creates the stores versions 1 to 3 shared; version 1 kept cards one record each in `cards`, later ones in `cardBuckets`. */
async function createOldVersion(name: string, version: 1 | 2 | 3, write: (database: Awaited<ReturnType<typeof openDB>>) => Promise<void>): Promise<void> {
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

/** A page as versions 1 and 2 stored it: its reviews as text, the checksum of that text alone, no checksum of its befores. */
function oldPage(seq: number, from: number, to: number) {
	const { befores, checksum: _checksum, beforesChecksum: _beforesChecksum, ...page } = pageOf(seq, log.slice(from, to));
	const reviews = textOf(page.reviews);
	return { page: { ...page, reviews, checksum: new Checksum().add(reviews).digest() }, befores };
}

/** A page as version 3 stored it: its reviews as text, under a checksum of that text with its place, time range and count. */
function version3Page(seq: number, from: number, to: number, edit: (text: string) => string = (text) => text) {
	const { befores, beforesChecksum, ...page } = pageOf(seq, log.slice(from, to));
	const reviews = textOf(page.reviews);
	const checksum = textChecksum(`${seq} ${page.minAt} ${page.maxAt} ${page.count}`, reviews);
	return { page: { ...page, reviews: edit(reviews), checksum, beforesChecksum }, befores };
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

	it('from version 3 (reviews as text): every answer is kept and exported as before; an edited page stays damaged and restorable, a page that has no UTF-8 form stays as it was', async () => {
		const name = freshName();
		const pages = [
			version3Page(1, 0, 200),
			version3Page(2, 200, 400, (text) => text.replace('"rating":3', '"rating":1')),
			version3Page(3, 400, 500, (text) => `${text.slice(0, 1000)}\ud800${text.slice(1000)}`),
			version3Page(4, 500, 600),
		];
		await createOldVersion(name, 3, async (database) => {
			for (const [bucket, entries] of bucketsOf(cards)) await database.put('cardBuckets', bucketValue(entries), bucket);
			for (const { page, befores } of pages) {
				await database.put('logPages', page);
				await database.put('logBefores', befores, page.seq);
			}
			for (const review of log.slice(600)) await database.add('logTail', tailEntry(review));
		});
		const store = await openStore(name);
		const exported = await store.exportBackupText(now);
		const text = backupFileText(exported.parts);
		const sound = [...log.slice(0, 200), ...log.slice(500)];
		expect(JSON.parse(text).reviews).toEqual(sound.map(({ before: _before, ...review }) => review));
		expect(exported.damaged).toMatchObject([
			{ kind: 'reviews', reviews: 200, problem: 'changed' },
			{ kind: 'reviews', reviews: 100 },
		]);
		expect(JSON.parse(text).damaged.map((entry: { value: { reviews: unknown } }) => entry.value.reviews)).toEqual([pages[1]!.page.reviews, pages[2]!.page.reviews]);
		const stored = (await readAllRaw(name, 'logPages')) as { reviews: unknown }[];
		expect(stored.map((page) => page.reviews instanceof Uint8Array)).toEqual([true, true, false, true]);

		const { setAside } = await store.checkLog(async () => undefined);
		expect(setAside).toMatchObject([
			{ kind: 'reviews', reviews: 200, reason: expect.stringMatching(/checksum/) },
			{ kind: 'reviews', reviews: 100, reason: 'not a review-log page' },
		]);
		expect(await store.reviews()).toEqual(sound);
		expect(await store.restoreSetAside(setAside[0]!.id)).toMatchObject({ reviews: 200, complete: true });
		expect((await store.reviews()).map((review) => review.id)).toEqual([...log.slice(0, 400), ...log.slice(500)].map((review) => review.id));
	});
});

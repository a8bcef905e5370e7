import { describe, expect, it } from 'vitest';
import { makeSyntheticHistory } from '../srs/synthetic-history';
import { bucketOf, bucketValue, type StoredBucket } from './card-buckets';
import type { StoredPage } from './log-reads';
import { VOLUME_SIZE } from './review-log';
import { editRaw, freshName, minutesLater, now, openStore, readAllRaw, withReviewText, writeRaw, zone } from './test-helpers';

const history = makeSyntheticHistory(40, 3 * VOLUME_SIZE, 7, now);

async function storeWithHistory() {
	const name = freshName();
	const store = await openStore(name);
	await store.importBackup(history);
	return { name, store };
}

let pauses = 0;
const pause = async () => {
	pauses += 1;
};

describe('the load-time check of the whole log', { timeout: 20_000 }, () => {
	it('finds an old page edited into other valid JSON and a garbage one, sets both aside whole and lists what they held', async () => {
		const { name, store } = await storeWithHistory();
		const [first, second] = (await readAllRaw(name, 'logPages')) as StoredPage[];
		await editRaw(name, 'logPages', 1, (page) => withReviewText(page as StoredPage, (text) => text.replace('"rating":3', '"rating":4')));
		await editRaw(name, 'logPages', 2, (page) => withReviewText(page as StoredPage, (text) => `${text.slice(0, 5000)}\u0000garbage`));
		// Loading sees only today's part of the log.
		expect((await store.load(now, zone)).damage.setAside).toEqual([]);

		pauses = 0;
		const report = await store.checkLog(pause);
		expect(pauses).toBeGreaterThan(2);
		expect(report.setAside).toMatchObject([
			{ kind: 'reviews', reviews: VOLUME_SIZE, from: first!.minAt, to: first!.maxAt, cardsComplete: true, restorable: true, reason: expect.stringMatching(/checksum/) },
			{ kind: 'reviews', reviews: VOLUME_SIZE, from: second!.minAt, to: second!.maxAt, cardsComplete: false, restorable: true },
		]);
		expect(report.setAside[0]!.cards).toEqual([...new Set(history.reviews.slice(0, VOLUME_SIZE).map((review) => review.key))].sort());
		expect(report.setAside[1]!.cards.length).toBeGreaterThan(0);
		expect(await readAllRaw(name, 'logPages')).toMatchObject([{ seq: 1, count: 0 }, { seq: 2, count: 0 }, { seq: 3, count: VOLUME_SIZE }]);
		expect((await store.reviews()).map((review) => review.id)).toEqual(history.reviews.slice(2 * VOLUME_SIZE).map((review) => review.id));
		expect(await store.checkLog(pause)).toEqual({ rebuilt: [], partlyRebuilt: [], notRebuilt: [], historyMissing: [], setAside: [] });
	});

	it('finds a damaged entry among the newest answers', async () => {
		const name = freshName();
		const store = await openStore(name);
		const kept = await store.answer('d/a', 3, now, zone);
		await writeRaw(name, 'logTail', { review: '{"id":"x"}', checksum: '0' }, 99);
		expect((await store.checkLog(pause)).setAside).toMatchObject([{ kind: 'reviews', reviews: 1 }]);
		expect(await store.reviews()).toEqual([kept]);
	});
});

describe('check my data', { timeout: 20_000 }, () => {
	it('rebuilds a missing bucket and a card state that lags its log, and counts what it checked', async () => {
		const { name, store } = await storeWithHistory();
		const [lagging, missing] = history.cards;
		const database = await import('idb').then(({ openDB }) => openDB(name));
		await database.delete('cardBuckets', bucketOf(missing!.key));
		database.close();
		await editRaw(name, 'cardBuckets', bucketOf(lagging!.key), (stored) => {
			const records = (JSON.parse((stored as StoredBucket).cards) as { key: string; version: number }[]).map((record) =>
				record.key === lagging!.key ? { ...record, version: record.version - 1 } : record,
			);
			return bucketValue(records);
		});
		const missingKeys = history.cards.filter((card) => bucketOf(card.key) === bucketOf(missing!.key)).map((card) => card.key);
		const report = await store.checkData(pause);
		// The lagging state it replaced is kept aside; a missing one leaves nothing to keep.
		expect(report).toMatchObject({ cards: 40, reviews: 3 * VOLUME_SIZE, setAside: [{ kind: 'cards', problem: 'differs', cards: [lagging!.key] }], kept: 1 });
		expect(report.rebuilt).toEqual([...new Set([lagging!.key, ...missingKeys])].sort());
		expect([...(await store.load(minutesLater(1), zone)).records.values()].sort((a, b) => (a.key < b.key ? -1 : 1))).toEqual(history.cards);
		expect((await store.checkData(pause)).rebuilt).toEqual([]);
	});
});

describe('the full check and review times no clock error explains', () => {
	const DAY = 86_400_000;
	/** A backup of one answered card, made (and answered) at `at`: a file may say it was made at any time. */
	function madeAt(at: string) {
		const one = makeSyntheticHistory(1, 1, 3, now);
		const [review] = one.reviews;
		const after = { ...review!.after, lastReview: at, due: new Date(Date.parse(at) + 100 * DAY).toISOString() };
		return { ...one, exportedAt: at, cards: [after], reviews: [{ ...review!, reviewedAt: at, after }] };
	}

	it('names a card whose state records a last review further ahead than any clock goes, and changes nothing', async () => {
		const name = freshName();
		const store = await openStore(name);
		await store.importBackup(madeAt('2999-01-01T00:00:00.000Z'));
		const stored = await readAllRaw(name, 'cardBuckets');
		const report = await store.checkData(pause);
		expect(report.farAhead).toEqual({ cards: [makeSyntheticHistory(1, 1, 3, now).cards[0]!.key], latest: '2999-01-01T00:00:00.000Z' });
		expect(report).toMatchObject({ rebuilt: [], setAside: [], kept: 0 });
		expect(await readAllRaw(name, 'cardBuckets')).toEqual(stored);
	});

	it('leaves alone a card answered on a clock a few days ahead', async () => {
		const store = await openStore(freshName());
		await store.importBackup(madeAt(new Date(Date.now() + 3 * DAY).toISOString()));
		expect((await store.checkData(pause)).farAhead).toBeUndefined();
	});
});

import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../backup/parse';
import { makeSyntheticHistory } from '../srs/synthetic-history';
import type { ReviewRecord } from '../srs/types';
import { withBefore } from '../backup/review-chain';
import { pageOf, VOLUME_SIZE } from './review-log';
import { reviewIdsIn } from './log-duplicates';
import { repeatedIds } from './repeated-ids';
import { TAIL_SIZE } from './log-writes';
import { tailEntry } from './tail-entry';
import type { StoredPage } from './log-reads';
import { freshName, minutesLater, now, openStore, readAllRaw, writeRawCard, zone } from './test-helpers';
import { textOf } from './utf8';

/** Adds a tail entry straight into the store, as a copied record would be (its checksum is valid). */
async function addTail(name: string, review: ReviewRecord): Promise<void> {
	const database = await openDB(name);
	await database.add('logTail', tailEntry(review));
	database.close();
}

async function storeWithAnswers(count: number) {
	const name = freshName();
	const store = await openStore(name);
	const answers: ReviewRecord[] = [];
	for (let index = 0; index < count; index += 1) answers.push(await store.answer(`dup/${index}`, 3, minutesLater(index), zone));
	return { name, store, answers };
}

const pause = async () => undefined;

describe('a review id that appears twice in the log', () => {
	it('is found at load when a tail entry was copied: the copy is set aside and the export imports back', async () => {
		const { name, store, answers } = await storeWithAnswers(3);
		await addTail(name, answers[2]!);
		const exported = await store.exportBackup(minutesLater(5));
		expect(exported.reviews.map((review) => review.id)).toEqual(answers.map((answer) => answer.id));
		expect(() => parseBackup(exported, minutesLater(5))).not.toThrow();

		const loaded = await store.load(minutesLater(5), zone);
		expect(loaded.damage.setAside).toMatchObject([{ kind: 'reviews', problem: 'copy', reviews: 1, cards: ['dup/2'], restorable: false }]);
		expect(await readAllRaw(name, 'logTail')).toHaveLength(3);
		expect(await readAllRaw(name, 'quarantine')).toHaveLength(1);
		// The answer can be taken back for good: no copy brings it back.
		expect(await store.undo(answers[2]!)).toEqual({ undone: answers[2] });
		const check = await store.checkData(pause);
		expect(check).toMatchObject({ rebuilt: [], setAside: [], reviews: 2 });
		expect((await store.load(minutesLater(6), zone)).records.has('dup/2')).toBe(false);
	});

	it('keeps, of two different answers with one id, the one the card record agrees with', async () => {
		const { name, store, answers } = await storeWithAnswers(2);
		const original = answers[1]!;
		const other: ReviewRecord = { ...original, rating: 1, after: { ...original.after, stability: original.after.stability + 3, version: original.after.version } };
		await addTail(name, other);
		await writeRawCard(name, other.after as unknown as { key: string });
		const loaded = await store.load(minutesLater(5), zone);
		expect(loaded.damage.setAside).toMatchObject([{ problem: 'sameId', cards: ['dup/1'] }]);
		expect(loaded.records.get('dup/1')).toEqual(other.after);
		const [kept] = (await store.reviews()).filter((review) => review.id === original.id);
		expect(kept).toMatchObject({ rating: 1 });
		expect(await store.reviews()).toHaveLength(2);
	});

	it('is found by the full check across the whole log (an entry of an old page copied into the tail)', { timeout: 20_000 }, async () => {
		const name = freshName();
		const store = await openStore(name);
		const history = makeSyntheticHistory(20, 2 * VOLUME_SIZE, 3, now);
		await store.importBackup(history);
		const [old] = withBefore(history.reviews);
		await addTail(name, old!);
		// Loading reads only today's part of the log.
		expect((await store.load(now, zone)).damage.setAside).toEqual([]);
		const report = await store.checkData(pause);
		expect(report.setAside).toMatchObject([{ problem: 'copy', reviews: 1 }]);
		expect(await readAllRaw(name, 'logTail')).toEqual([]);
		expect((await store.reviews()).length).toBe(2 * VOLUME_SIZE);
	});

	it('within a page is dropped from it and set aside', async () => {
		const { name, store, answers } = await storeWithAnswers(2);
		const database = await openDB(name);
		await database.clear('logTail');
		const { befores, ...page } = pageOf(1, [answers[0]!, answers[1]!, answers[0]!]);
		await database.put('logPages', page);
		await database.put('logBefores', befores, 1);
		database.close();
		const exported = await store.exportBackup(minutesLater(5));
		expect(exported.reviews).toHaveLength(2);
		expect((exported as { damaged?: unknown[] }).damaged).toHaveLength(1);
		const report = await store.checkData(pause);
		expect(report.setAside).toMatchObject([{ problem: 'copy' }]);
		const [stored] = (await readAllRaw(name, 'logPages')) as StoredPage[];
		expect(stored!.count).toBe(2);
	});

	it('costs little to look for (timing printout at 100,000 reviews)', { timeout: 30_000 }, () => {
		const history = makeSyntheticHistory(10_000, 100_000, 5, now);
		const reviews = withBefore(history.reviews);
		const bytes = pageOf(1, reviews).reviews;
		let started = performance.now();
		const ids = reviewIdsIn(bytes);
		const scan = performance.now() - started;
		expect(ids).toEqual(reviews.map((review) => review.id));
		// What a load checks: today's volume and the tail.
		const loaded = reviews.slice(-(VOLUME_SIZE + TAIL_SIZE));
		started = performance.now();
		const repeated = new Set<string>();
		repeatedIds(loaded, new Set(), repeated);
		const atLoad = performance.now() - started;
		expect(repeated.size).toBe(0);
		console.log(`100,000 reviews (${(bytes.length / 1e6).toFixed(1)} MB): their ids read from the bytes (export) in ${scan.toFixed(0)} ms; repeated ids among the ${loaded.length} a load reads in ${atLoad.toFixed(2)} ms`);
		expect(textOf(bytes.subarray(0, 7))).toBe('[{"id":');
	});
});

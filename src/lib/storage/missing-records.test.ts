import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { ReviewRecord } from '../srs/types';
import { bucketOf } from './card-buckets';
import { freshName, minutesLater, openStore, zone } from './test-helpers';

async function storeWithAnswers() {
	const name = freshName();
	const store = await openStore(name);
	const answers: ReviewRecord[] = [];
	for (const [minute, key] of ['gap/a', 'gap/b', 'gap/a', 'gap/c'].entries()) answers.push(await store.answer(key, 3, minutesLater(minute), zone));
	const records = (await store.load(minutesLater(5), zone)).records;
	return { name, store, answers, records };
}

async function clear(name: string, ...stores: string[]): Promise<void> {
	const database = await openDB(name);
	for (const store of stores) await database.clear(store);
	database.close();
}

const pause = async () => undefined;

describe('a log that lost its answers', () => {
	it('is named at load and by the full check, the cards kept as they are; undo gives a true reason', async () => {
		const { name, store, answers, records } = await storeWithAnswers();
		await clear(name, 'logPages', 'logBefores', 'logTail');
		const loaded = await store.load(minutesLater(6), zone);
		expect(loaded.records).toEqual(records);
		expect(loaded.damage).toMatchObject({ rebuilt: [], historyMissing: ['gap/a', 'gap/b', 'gap/c'], setAside: [] });
		const check = await store.checkData(pause);
		expect(check).toMatchObject({ rebuilt: [], notRebuilt: [], historyMissing: ['gap/a', 'gap/b', 'gap/c'], reviews: 0 });
		expect((await store.load(minutesLater(7), zone)).records).toEqual(records);
		expect(await store.undo(answers[3]!)).toEqual({ refused: 'gone' });
	});
});

describe('card records missing while the log holds their answers', () => {
	it('are all rebuilt at load when no card bucket is left', async () => {
		const { name, store, answers, records } = await storeWithAnswers();
		await clear(name, 'cardBuckets');
		const loaded = await store.load(minutesLater(6), zone);
		expect(loaded.records).toEqual(records);
		expect(loaded.damage).toMatchObject({ rebuilt: ['gap/a', 'gap/b', 'gap/c'], historyMissing: [] });
		expect(await store.undo(answers[3]!)).toEqual({ undone: answers[3] });
	});

	it('are rebuilt at load when one bucket is gone and its card was answered today', async () => {
		const { name, store, records } = await storeWithAnswers();
		const database = await openDB(name);
		await database.delete('cardBuckets', bucketOf('gap/b'));
		database.close();
		const loaded = await store.load(minutesLater(6), zone);
		expect(loaded.records).toEqual(records);
		expect(loaded.damage.rebuilt).toContain('gap/b');
	});

	it('make an undo refuse as damage, not as a later change', async () => {
		const { name, store, answers } = await storeWithAnswers();
		await clear(name, 'cardBuckets');
		expect(await store.undo(answers[3]!)).toEqual({ refused: 'damaged' });
	});
});

describe('an imported card state that contradicts its own newest answer', () => {
	it('is replaced by the log’s on the full check and kept aside, not lost', async () => {
		const { store } = await storeWithAnswers();
		const backup = await store.exportBackup(minutesLater(5));
		const card = backup.cards.find((candidate) => candidate.key === 'gap/c')!;
		const fileState = { ...card, stability: card.stability + 3, due: '2030-01-01T00:00:00.000Z' };
		await store.importBackup({ ...backup, cards: backup.cards.map((candidate) => (candidate.key === 'gap/c' ? fileState : candidate)) });
		const check = await store.checkData(pause);
		expect(check.rebuilt).toEqual(['gap/c']);
		expect(check.setAside).toMatchObject([{ kind: 'cards', problem: 'differs', cards: ['gap/c'], restorable: false }]);
		expect((await store.load(minutesLater(6), zone)).records.get('gap/c')).toEqual(card);
		const exported = (await store.exportBackup(minutesLater(7))) as { damaged?: { value: { cards: string } }[] };
		expect(JSON.parse(exported.damaged![0]!.value.cards)).toEqual([fileState]);
	});
});

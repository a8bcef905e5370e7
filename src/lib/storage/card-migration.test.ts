import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { makeSyntheticHistory } from '../srs/synthetic-history';
import { freshName, now, openStore, readAllRaw, zone } from './test-helpers';

/** A database as version 1 of the store left it: one record per card in `cards`. */
async function createVersion1(name: string, cards: unknown[]): Promise<void> {
	const database = await openDB(name, 1, {
		upgrade(upgrading) {
			upgrading.createObjectStore('cards', { keyPath: 'key' });
			upgrading.createObjectStore('logPages', { keyPath: 'seq' }).createIndex('maxAt', 'maxAt');
			upgrading.createObjectStore('logBefores');
			upgrading.createObjectStore('logTail', { autoIncrement: true });
			upgrading.createObjectStore('settings');
			upgrading.createObjectStore('quarantine', { autoIncrement: true });
			upgrading.createObjectStore('autobackup');
		},
	});
	for (const card of cards) await database.put('cards', card);
	database.close();
}

describe('upgrading from one record per card (version 1)', () => {
	it('moves every card into buckets; a corrupt one is still set aside and reported', async () => {
		const name = freshName();
		const { cards } = makeSyntheticHistory(300, 600, 3, now);
		await createVersion1(name, [...cards, { key: 'd/bad', state: 'nonsense' }]);
		const store = await openStore(name);
		const loaded = await store.load(now, zone);
		expect([...loaded.records.values()].sort((a, b) => (a.key < b.key ? -1 : 1))).toEqual(cards);
		expect(loaded.corrupted).toMatchObject([{ store: 'cards', key: 'd/bad' }]);
		expect(await readAllRaw(name, 'quarantine')).toMatchObject([{ store: 'cards', key: 'd/bad', value: { key: 'd/bad', state: 'nonsense' } }]);
		const answered = await store.answer(cards[0]!.key, 3, now, zone);
		expect(answered.before).toEqual(cards[0]);
	});
});

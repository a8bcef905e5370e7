import { describe, expect, it } from 'vitest';
import { buildQueue } from '../srs/queue';
import { DEFAULT_SETTINGS } from '../srs/types';
import { trueRetention } from '../stats/retention';
import { freshName, minutesLater, now, openStore, zone } from './test-helpers';

const DAY_MINUTES = 24 * 60;

describe('changes to cards (suspend, unsuspend, reset)', () => {
	it('keeps a card suspended across reloads, checks and backups, and never queues it', async () => {
		const name = freshName();
		const store = await openStore(name);
		await store.answer('d/a', 3, now, zone);
		const suspended = await store.changeCard('d/a', 'suspend', minutesLater(1));
		const neverAnswered = await store.changeCard('d/new', 'suspend', minutesLater(2));
		expect(suspended).toMatchObject({ rating: 0, after: { suspended: true, reps: 1 } });
		expect(neverAnswered.before).toBeNull();

		const loaded = await (await openStore(name)).load(minutesLater(3), zone);
		expect(loaded.records.get('d/a')?.suspended).toBe(true);
		// Suspending a card that was never answered introduces no new card.
		expect(loaded.newIntroducedToday).toBe(1);
		const queue = buildQueue(['d/a', 'd/new', 'd/other'], loaded.records, 0, minutesLater(2 * DAY_MINUTES), DEFAULT_SETTINGS, zone);
		expect(queue).toEqual({ learning: [], review: [], new: ['d/other'] });

		// The full check compares every card with the log and finds nothing to repair.
		const check = await store.checkData(async () => undefined);
		expect(check.rebuilt).toEqual([]);

		const backup = await store.exportBackup(minutesLater(4));
		expect(backup.cards.find((card) => card.key === 'd/a')?.suspended).toBe(true);
		const copy = await openStore(freshName());
		await copy.importBackup(JSON.parse(JSON.stringify(backup)));
		expect((await copy.load(minutesLater(5), zone)).records.get('d/new')?.suspended).toBe(true);

		const unsuspended = await store.changeCard('d/a', 'unsuspend', minutesLater(6));
		expect(unsuspended.after.suspended).toBeUndefined();
		expect(unsuspended.after.reps).toBe(1);
	});

	it('resets a card to new and keeps every earlier answer in the log', async () => {
		const store = await openStore(freshName());
		const answers = [await store.answer('d/a', 3, now, zone), await store.answer('d/a', 3, minutesLater(10), zone)];
		const reset = await store.changeCard('d/a', 'reset', minutesLater(20));
		expect(reset.after).toMatchObject({ state: 'new', reps: 0, lapses: 0, stability: 0, version: 3 });
		const log = await store.reviews();
		expect(log.map((entry) => entry.id)).toEqual([...answers.map((answer) => answer.id), reset.id]);
		expect((await store.load(minutesLater(21), zone)).records.get('d/a')).toEqual(reset.after);
		// Answering it again starts from the new state.
		const again = await store.answer('d/a', 3, minutesLater(30), zone);
		expect(again.before).toEqual(reset.after);
		expect(again.after.reps).toBe(1);
	});

	it('does not count a change as an answer in true retention', async () => {
		const store = await openStore(freshName());
		const learned = await store.answer('d/a', 4, now, zone);
		expect(learned.after.state).toBe('review');
		await store.changeCard('d/a', 'suspend', minutesLater(1));
		expect(trueRetention(await store.reviews())).toEqual({ passed: 0, total: 0, rate: 0 });
	});
});

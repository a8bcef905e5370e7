import { default_w } from 'ts-fsrs';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { makeSyntheticHistory } from '../srs/synthetic-history';
import { DEFAULT_DB_NAME, openTrainerDatabase } from '../storage/database';
import { trainerDatabaseName } from '../storage/store-name';
import { editRaw, freshName, openStore, readAllRaw, writeRaw } from '../storage/test-helpers';
import { openTrainerStore } from '../storage/trainer-store';
import { deleteAutoBackup } from '../storage/auto-backup-store';
import type { LackingAnswers } from './auto-backups';
import { answerImport, describeAutoBackups, importBackupFile, restoreAutoBackup, type ImportOutcome } from './import-file';
import { MAX_BACKUP_BYTES } from './limits';

const now = new Date('2025-06-01T12:00:00.000Z');
const history = makeSyntheticHistory(4, 12, 5, now);
const file = (text: string) => new Blob([text], { type: 'application/json' });

/** A Blob that reports a size without holding the bytes, and fails if read. */
function unreadable(size: number): Blob {
	return Object.create(Blob.prototype, {
		size: { value: size },
		text: { value: () => Promise.reject(new Error('read a file that should have been refused')) },
	}) as Blob;
}

/** An import or restore, agreeing to replace what the data lacks when asked, as the learner does (the question is tested on its own). */
async function agreeing<T extends ImportOutcome | undefined>(run: (confirmed?: LackingAnswers) => Promise<T>): Promise<T> {
	const outcome = await run();
	return outcome?.kind === 'confirm' ? run(outcome.lacking) : outcome;
}

const importConfirmed = (text: string, database: Awaited<ReturnType<typeof openTrainerDatabase>>, at: Date) => agreeing((confirmed) => importBackupFile(file(text), database, at, confirmed));

/** A store with one answer of the learner's own ('d/before'), and a connection of the kind the import worker opens. */
async function withOwnAnswer(): Promise<{ name: string; store: Awaited<ReturnType<typeof openStore>>; database: Awaited<ReturnType<typeof openTrainerDatabase>> }> {
	const name = freshName();
	const store = await openStore(name);
	await store.answer('d/before', 3, now, 'UTC');
	return { name, store, database: await openTrainerDatabase(name) };
}

describe('answers given while the device’s clock was ahead (the store keeps them)', () => {
	const DAY = 86_400_000;
	const ahead = new Date(now.getTime() + 3 * DAY);

	/** A store answered three times on a clock three days ahead, as the learner's device had it; the clock is right again at `now`. */
	async function answeredAhead() {
		const name = freshName();
		const store = await openStore(name);
		for (const [index, key] of ['d/a', 'd/b', 'd/c'].entries()) await store.answer(key, 3, new Date(ahead.getTime() + index * 60_000), 'UTC');
		return { name, store, database: await openTrainerDatabase(name), newest: new Date(ahead.getTime() + 2 * 60_000).toISOString() };
	}

	it('their own export imports, made when its newest answer was, and says the clock was ahead', async () => {
		const { store, database, newest } = await answeredAhead();
		const exported = await store.exportBackup(now);
		expect(exported.exportedAt).toBe(newest);
		const outcome = await importBackupFile(file(JSON.stringify(exported)), database, now);
		expect(outcome).toMatchObject({ kind: 'imported', report: { cards: 3, reviews: 3, clockAheadUntil: newest } });
		expect((await store.exportBackup(now)).reviews).toEqual(exported.reviews);
		database.close();
	});

	it('the automatic backup of them restores, and so does one an older version took with the clock’s time', async () => {
		const { name, store, database, newest } = await answeredAhead();
		const own = await store.exportBackup(now);
		const empty = { ...own, cards: [], reviews: [] };
		expect(await importConfirmed(JSON.stringify(empty), database, now)).toMatchObject({ kind: 'imported', report: { autoBackupAt: newest } });
		expect(await restoreAutoBackup(database, now)).toMatchObject({ kind: 'imported', report: { cards: 3, reviews: 3, clockAheadUntil: newest } });
		// What an older version stored: the import's own time as exportedAt, three days before the answers in it.
		const older = JSON.stringify({ ...own, exportedAt: now.toISOString() });
		await importConfirmed(JSON.stringify(empty), database, now);
		await writeRaw(name, 'autobackup', older, 'last');
		expect(await restoreAutoBackup(database, now)).toMatchObject({ kind: 'imported', report: { cards: 3, reviews: 3, clockAheadUntil: newest } });
		// And the restored cards are answered at the right time: their last review counts as just now.
		const review = await store.answer('d/a', 3, now, 'UTC');
		expect(review.after.lastReview).toBe(now.toISOString());
		expect(review.after.elapsedDays).toBe(0);
		database.close();
	});

	it('a file holding an answer later than both its making and now is refused, naming card and field', async () => {
		const { store, database } = await answeredAhead();
		const exported = await store.exportBackup(now);
		const madeEarlier = { ...exported, exportedAt: new Date(ahead.getTime() - DAY).toISOString() };
		const outcome = await importBackupFile(file(JSON.stringify(madeEarlier)), database, now);
		expect(outcome).toMatchObject({ kind: 'refused', count: 9 });
		expect(outcome.kind === 'refused' && outcome.problems[0]).toEqual({ path: ['cards', 0, 'lastReview'], code: 'future', key: 'd/a', value: ahead.toISOString(), now: now.toISOString(), madeAt: madeEarlier.exportedAt });
		database.close();
	});
});

describe('importing a backup file', () => {
	it('asks before replacing answers the file lacks, changing nothing; imports once told, keeps what it replaced, and can restore that', async () => {
		const { store, database } = await withOwnAnswer();
		const asked = await importBackupFile(file(JSON.stringify(history)), database, now);
		expect(asked).toEqual({ kind: 'confirm', lacking: { count: 1, newestAt: now.toISOString() } });
		expect((await store.exportBackup(now)).cards.map((card) => card.key)).toEqual(['d/before']);
		expect(await describeAutoBackups(database)).toEqual([]);
		const outcome = await importBackupFile(file(JSON.stringify(history)), database, now, asked.kind === 'confirm' ? asked.lacking : undefined);
		expect(outcome).toEqual({ kind: 'imported', report: { cards: 4, reviews: 12, autoBackupAt: now.toISOString(), keptEarlier: false } });
		expect((await store.exportBackup(now)).reviews).toEqual(history.reviews);
		expect(await describeAutoBackups(database)).toEqual([{ key: 'last', exportedAt: now.toISOString(), cards: 1, reviews: 1 }]);
		// Restoring it would replace the file's twelve answers: asked too, then restored.
		expect(await restoreAutoBackup(database, now)).toMatchObject({ kind: 'confirm', lacking: { count: 12 } });
		const lacking = { count: 12, newestAt: history.reviews.at(-1)!.reviewedAt };
		expect(await restoreAutoBackup(database, now, 'last', lacking)).toMatchObject({ kind: 'imported', report: { cards: 1, reviews: 1 } });
		expect((await store.exportBackup(now)).cards.map((card) => card.key)).toEqual(['d/before']);
		database.close();
	});

	it('takes no copy of a file when an import replaces only what the previous import brought in, unchanged, and all of it is in the file', async () => {
		const { name, store, database } = await withOwnAnswer();
		await importConfirmed(JSON.stringify(history), database, now);
		const later = new Date(now.getTime() + 60_000);
		// Import clicked twice on one file, then in a second tab, on a connection of its own: the answer from before the first import stays the automatic backup.
		expect(await importBackupFile(file(JSON.stringify(history)), database, later)).toEqual({ kind: 'imported', report: { cards: 4, reviews: 12, autoBackupAt: now.toISOString(), keptEarlier: true } });
		const secondTab = await openTrainerDatabase(name);
		expect(await importBackupFile(file(JSON.stringify(history)), secondTab, later)).toMatchObject({ kind: 'imported', report: { keptEarlier: true } });
		secondTab.close();
		expect(await describeAutoBackups(database)).toEqual([{ key: 'last', exportedAt: now.toISOString(), cards: 1, reviews: 1 }]);
		// Another file lacks the first one's answers: they are backed up, and the learner's own answer is kept beside them.
		const other = makeSyntheticHistory(2, 3, 1, now);
		expect(await importConfirmed(JSON.stringify(other), database, later)).toMatchObject({ kind: 'imported', report: { cards: 2, keptEarlier: false, autoBackupAt: later.toISOString() } });
		expect(await describeAutoBackups(database)).toEqual([
			{ key: 'last', exportedAt: later.toISOString(), cards: 4, reviews: 12 },
			{ key: 'earlier-1', exportedAt: now.toISOString(), cards: 1, reviews: 1 },
		]);
		expect(await agreeing((confirmed) => restoreAutoBackup(database, later, 'earlier-1', confirmed))).toMatchObject({ kind: 'imported', report: { cards: 1, reviews: 1 } });
		expect((await store.exportBackup(later)).cards.map((card) => card.key)).toEqual(['d/before']);
		database.close();
	});

	it('replaces an automatic backup only when the new one holds all its answers, else keeps both; a restore swaps, and the learner deletes one', async () => {
		const { store, database } = await withOwnAnswer();
		const own = await store.exportBackup(now);
		// A file holding the learner's answer and more: nothing lacking, so nothing asked.
		const fuller = { ...history, cards: [...history.cards, ...own.cards], reviews: [...own.reviews, ...history.reviews] };
		expect(await importBackupFile(file(JSON.stringify(fuller)), database, now)).toMatchObject({ kind: 'imported' });
		const later = new Date(now.getTime() + 60_000);
		await store.answer('d/after', 3, later, 'UTC');
		// The progress backed up now (14 answers) holds the one answer of the automatic backup before it: that one gives way.
		expect(await importConfirmed(JSON.stringify(fuller), database, later)).toMatchObject({ report: { autoBackupAt: later.toISOString(), keptEarlier: false } });
		expect(await describeAutoBackups(database)).toEqual([{ key: 'last', exportedAt: later.toISOString(), cards: 6, reviews: 14 }]);
		// An older file lacking 'd/after': both automatic backups stay.
		expect(await importConfirmed(JSON.stringify(history), database, later)).toMatchObject({ kind: 'imported' });
		expect(await describeAutoBackups(database)).toMatchObject([{ key: 'last', reviews: 13 }, { key: 'earlier-1', reviews: 14 }]);
		// A restore swaps: the backup restored leaves the list, the progress it replaced joins it.
		expect(await restoreAutoBackup(database, later, 'earlier-1')).toMatchObject({ report: { reviews: 14, keptEarlier: false } });
		expect(await describeAutoBackups(database)).toMatchObject([{ key: 'last', reviews: 12 }, { key: 'earlier-2', reviews: 13 }]);
		await deleteAutoBackup(database, 'earlier-2');
		expect(await describeAutoBackups(database)).toMatchObject([{ key: 'last', reviews: 12 }]);
		await deleteAutoBackup(database, 'lastImport');
		expect(await restoreAutoBackup(database, later, 'lastImport')).toBeUndefined();
		database.close();
	});

	it('asks before an import leaves damaged data kept aside only in the automatic backup, and keeps that backup while the new one lacks the data, though it holds all its answers', async () => {
		// The tester's case: five answers exported (F), a sixth answer damaged on disk and kept aside, F imported, one more answer exported (G) and imported.
		const name = freshName();
		const store = await openStore(name);
		const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
		for (let index = 0; index < 5; index += 1) await store.answer(`d/${index}`, 3, at(index), 'UTC');
		const fileF = await store.exportBackup(at(5));
		const sixth = await store.answer('d/5', 3, at(6), 'UTC');
		const database = await openTrainerDatabase(name);
		const tailKey = (await database.getAllKeys('logTail')).at(-1)!;
		await editRaw(name, 'logTail', tailKey, (entry) => ({ ...(entry as object), review: (entry as { review: string }).review.replace('"rating":3', '"rating":2') }));
		expect((await store.load(at(7), 'UTC')).setAsideCount).toBe(1);
		const damagedText = JSON.stringify((await readAllRaw(name, 'quarantine'))[0]);
		expect(damagedText).toContain(sixth.id);

		// F holds every sound answer, not the damaged one: asked, nothing changed until the learner agrees.
		const asked = await importBackupFile(file(JSON.stringify(fileF)), database, at(7));
		expect(asked).toEqual({ kind: 'confirm', lacking: { count: 0, newestAt: '', setAside: 1 } });
		expect(await store.setAsideItems()).toHaveLength(1);
		expect(await describeAutoBackups(database)).toEqual([]);
		expect(await importBackupFile(file(JSON.stringify(fileF)), database, at(7), asked.kind === 'confirm' ? asked.lacking : undefined)).toMatchObject({ kind: 'imported' });
		expect(await describeAutoBackups(database)).toEqual([{ key: 'last', exportedAt: at(7).toISOString(), cards: 6, reviews: 5, setAside: 1 }]);
		await store.answer('d/6', 3, at(8), 'UTC');
		const fileG = await store.exportBackup(at(9));
		expect(await importBackupFile(file(JSON.stringify(fileG)), database, at(10))).toMatchObject({ kind: 'imported' });
		// The automatic backup holding the damaged answer stays beside the new one: its id is still stored, and restoring it brings the entry back.
		expect(await describeAutoBackups(database)).toMatchObject([{ key: 'last', reviews: 6 }, { key: 'earlier-1', reviews: 5, setAside: 1 }]);
		expect(JSON.stringify(await readAllRaw(name, 'autobackup'))).toContain(sixth.id);
		expect(await agreeing((confirmed) => restoreAutoBackup(database, at(11), 'earlier-1', confirmed))).toMatchObject({ kind: 'imported' });
		expect(await store.setAsideItems()).toMatchObject([{ kind: 'reviews', reviews: 1 }]);

		database.close();
	});

	it('keeps an automatic backup whose settings the new one does not have (personal parameters fitted since), though it holds all its answers', async () => {
		const { store, database } = await withOwnAnswer();
		const fitted = { ...(await store.load(now, 'UTC')).settings, parameters: default_w.map((weight, index) => (index === 0 ? weight * 2 : weight)) };
		await store.saveSettings(fitted);
		const own = await store.exportBackup(now);
		const fuller = { ...history, cards: [...history.cards, ...own.cards], reviews: [...own.reviews, ...history.reviews] };
		expect(await importBackupFile(file(JSON.stringify(fuller)), database, now)).toMatchObject({ kind: 'imported' });
		const later = new Date(now.getTime() + 60_000);
		await store.answer('d/after', 3, later, 'UTC');
		await importConfirmed(JSON.stringify(fuller), database, later);
		expect(await describeAutoBackups(database)).toMatchObject([{ key: 'last', reviews: 14 }, { key: 'earlier-1', reviews: 1 }]);
		expect(await agreeing((confirmed) => restoreAutoBackup(database, later, 'earlier-1', confirmed))).toMatchObject({ kind: 'imported' });
		expect((await store.load(later, 'UTC')).settings.parameters).toEqual(fitted.parameters);
		database.close();
	});

	it('says a damaged automatic backup is damaged, and the next import keeps it aside, listed and restorable, instead of overwriting it', async () => {
		const { name, store, database } = await withOwnAnswer();
		await importConfirmed(JSON.stringify(history), database, now);
		const saved = (await readAllRaw(name, 'autobackup'))[0] as string;
		// The end of the file lost, as a damaged disk might leave it: the one answer in it is still whole.
		const damaged = saved.slice(0, -2);
		await writeRaw(name, 'autobackup', damaged, 'last');
		expect(await describeAutoBackups(database)).toEqual([{ key: 'last', damaged: true }]);
		expect(await restoreAutoBackup(database, now)).toBeUndefined();

		const later = new Date(now.getTime() + 60_000);
		expect(await importBackupFile(file(JSON.stringify(history)), database, later)).toMatchObject({ kind: 'imported' });
		expect(await readAllRaw(name, 'quarantine')).toEqual([{ store: 'autobackup', key: 'last', value: damaged, reason: expect.stringMatching(/JSON/), movedAt: later.toISOString() }]);
		const [item] = await store.setAsideItems();
		expect(item).toMatchObject({ kind: 'reviews', problem: 'unreadable', reviews: 1, cards: ['d/before'], restorable: true });
		expect(await store.restoreSetAside(item!.id)).toMatchObject({ reviews: 1 });
		expect((await store.exportBackup(later)).reviews.map((review) => review.key)).toContain('d/before');
		expect(await describeAutoBackups(database)).toEqual([{ key: 'last', exportedAt: later.toISOString(), cards: 4, reviews: 12 }]);
		database.close();
	});

	it('refuses a file over the limit before reading it, and a hostile one with a count of its problems', async () => {
		const database = await openTrainerDatabase(freshName());
		expect(await importBackupFile(unreadable(MAX_BACKUP_BYTES + 1), database, now)).toEqual({
			kind: 'refused',
			problems: [{ path: [], code: 'tooBig', bytes: MAX_BACKUP_BYTES + 1, limit: MAX_BACKUP_BYTES }],
			count: 1,
		});
		const empties = JSON.stringify({ ...history, reviews: Array.from({ length: 1000 }, () => ({})) });
		const refused = await importBackupFile(file(empties), database, now);
		expect(refused).toMatchObject({ kind: 'refused', count: 5000 });
		expect(refused.kind === 'refused' && refused.problems).toHaveLength(20);
		expect(await describeAutoBackups(database)).toEqual([]);
		expect(await restoreAutoBackup(database, now)).toBeUndefined();
		database.close();
	});
});

describe('answering the page’s requests', () => {
	it('imports into the storage it is given (a frame’s Storage Access handle), leaving the browser’s own storage as it was', async () => {
		const handle = new IDBFactory();
		const response = await answerImport({ id: 7, database: DEFAULT_DB_NAME, action: 'import', file: file(JSON.stringify(history)), timeZone: 'UTC' }, handle);
		expect(response).toMatchObject({ id: 7, result: { outcome: { kind: 'imported', report: { cards: 4, reviews: 12 } } } });
		expect((response as { result: { progress: { records: Map<string, unknown> } } }).result.progress.records.size).toBe(4);
		const [onHandle, own] = await Promise.all([openTrainerStore(DEFAULT_DB_NAME, handle), openTrainerStore(DEFAULT_DB_NAME)]);
		try {
			expect((await onHandle.exportBackup(now)).reviews).toEqual(history.reviews);
			expect((await own.exportBackup(now)).reviews).toEqual([]);
			expect(await answerImport({ id: 8, database: DEFAULT_DB_NAME, action: 'describe' }, handle)).toEqual({ id: 8, result: [{ key: 'last', exportedAt: expect.any(String), cards: 0, reviews: 0 }] });
		} finally {
			onHandle.close();
			own.close();
		}
	});

	it('imports into the store the page names (its site’s), not the root’s on the same origin', async () => {
		const database = trainerDatabaseName('/course/');
		const response = await answerImport({ id: 9, database, action: 'import', file: file(JSON.stringify(history)), timeZone: 'UTC' });
		expect(response).toMatchObject({ id: 9, result: { outcome: { kind: 'imported' } } });
		const [site, root] = await Promise.all([openTrainerStore(database), openTrainerStore(DEFAULT_DB_NAME)]);
		try {
			expect((await site.exportBackup(now)).reviews).toEqual(history.reviews);
			expect((await root.exportBackup(now)).reviews).toEqual([]);
			expect(await answerImport({ id: 10, database, action: 'describe' })).toEqual({ id: 10, result: [{ key: 'last', exportedAt: expect.any(String), cards: 0, reviews: 0 }] });
		} finally {
			site.close();
			root.close();
		}
	});
});

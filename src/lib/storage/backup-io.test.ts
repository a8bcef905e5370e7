import { default_w } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { BackupError } from '../backup/parse';
import { makeSyntheticHistory } from '../srs/synthetic-history';
import { DEFAULT_SETTINGS } from '../srs/types';
import { toBackupReview, withBefore } from '../backup/review-chain';
import { TAIL_SIZE } from './log-writes';
import { backupFileText } from './backup-io';
import { changesIn } from './page-changes';
import { freshName, importReplacing, minutesLater, now, openStore, readAllRaw, storeWithOnePage, withReviewText, writeRaw, zone } from './test-helpers';
import { textOf } from './utf8';

describe('export', () => {
	it('writes settings (personal parameters and single-key shortcuts included), every card and the log, oldest first, without `before`', async () => {
		const store = await openStore(freshName());
		const parameters = [0.5, 1.5, 4, 12, ...default_w.slice(4)];
		await store.saveSettings({ ...DEFAULT_SETTINGS, newCardsPerDay: 7, parameters, keyShortcuts: false });
		const first = await store.answer('d/a', 3, now, zone);
		const second = await store.answer('d/b', 4, minutesLater(1), zone);
		const backup = await store.exportBackup(minutesLater(2));
		expect(backup).toEqual({
			format: 'transfer-trainer-backup',
			version: 3,
			exportedAt: minutesLater(2).toISOString(),
			settings: { ...DEFAULT_SETTINGS, newCardsPerDay: 7, parameters, keyShortcuts: false },
			cards: [first.after, second.after],
			reviews: [first, second].map(({ before: _before, ...review }) => review),
		});
	});
});

describe('export as text', { timeout: 20_000 }, () => {
	it('holds the whole log (pages and the newest answers) and every card, and is what exportBackup returns', async () => {
		const store = await openStore(freshName());
		const history = makeSyntheticHistory(40, 4500, 9, now);
		await store.importBackup(history);
		const extra = await store.answer('d/extra', 3, minutesLater(1), zone);
		const { parts, cards, reviews, damaged } = await store.exportBackupText(minutesLater(5));
		const text = backupFileText(parts);
		expect({ cards, reviews, damaged }).toEqual({ cards: 41, reviews: 4501, damaged: [] });
		const exported = JSON.parse(text);
		expect(exported.reviews).toEqual([...history.reviews, toBackupReview(extra)]);
		expect(exported.cards).toEqual([...history.cards, extra.after].sort((a, b) => (a.key < b.key ? -1 : 1)));
		expect(text).toBe(JSON.stringify(await store.exportBackup(minutesLater(5))));
		// Byte for byte the file JSON.stringify writes of the backup, whatever the log's storage layout.
		const file = new Blob([...parts]);
		const expected = JSON.stringify({
			format: 'transfer-trainer-backup',
			version: 3,
			exportedAt: minutesLater(5).toISOString(),
			settings: history.settings,
			cards: [...history.cards, extra.after].sort((a, b) => (a.key < b.key ? -1 : 1)),
			reviews: [...withBefore(history.reviews), extra].map(toBackupReview),
		});
		expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(expected))).toBe(true);
	});

	it('counts card changes apart from the answers, in the newest entries and in pages read without parsing', async () => {
		const store = await openStore(freshName());
		await store.answer('d/a', 3, now, zone);
		await store.changeCard('d/a', 'suspend', minutesLater(1));
		await store.changeCard('d/b', 'reset', minutesLater(2));
		const exported = await store.exportBackupText(minutesLater(5));
		expect({ reviews: exported.reviews, changes: exported.changes }).toEqual({ reviews: 3, changes: 2 });
		// Imported, the same entries are written as a page.
		const paged = await openStore(freshName());
		await importReplacing(paged, JSON.parse(backupFileText(exported.parts)));
		const again = await paged.exportBackupText(minutesLater(6));
		expect({ reviews: again.reviews, changes: again.changes }).toEqual({ reviews: 3, changes: 2 });
	});

	it('finds a change in page bytes only as a review\'s own rating, not in a key that spells it', () => {
		const text = JSON.stringify([
			{ id: 'x', key: 'd/"rating":0,', rating: 3 },
			{ id: 'y', key: 'd/b', rating: 0 },
			{ id: 'z', key: 'd/c', rating: 1, after: { reps: 10 } },
		]);
		expect(changesIn(new TextEncoder().encode(text))).toBe(1);
	});

	it('carries a damaged page as raw data, says so, and moves nothing', async () => {
		const name = freshName();
		const store = await openStore(name);
		const kept = await store.answer('d/a', 3, now, zone);
		const broken = { seq: 2, minAt: 'x', maxAt: 'x', count: 1, reviews: '[{"id":"broken"}]', checksum: '0', beforesChecksum: '0' };
		await writeRaw(name, 'logPages', broken);
		const exported = await store.exportBackupText(now);
		expect(exported).toMatchObject({ reviews: 1, damaged: [{ kind: 'reviews', reviews: 1, reason: expect.stringMatching(/checksum/) }] });
		const file = JSON.parse(backupFileText(exported.parts));
		expect(file.reviews).toEqual([toBackupReview(kept)]);
		expect(file.damaged).toMatchObject([{ store: 'logPages', key: '2', value: broken }]);
		expect(await readAllRaw(name, 'logPages')).toContainEqual(broken);
		expect(await readAllRaw(name, 'quarantine')).toEqual([]);
	});
});

describe('export as text, with a page edited behind the store’s back', () => {
	it('notices the checksum no longer matches and carries the page as raw data, not as reviews', async () => {
		const { name, store, page } = await storeWithOnePage();
		const edited = withReviewText(page, (text) => text.replace(/"rating":\d/, (rating) => (rating === '"rating":1' ? '"rating":2' : '"rating":1')));
		await writeRaw(name, 'logPages', edited);
		const exported = await store.exportBackupText(now);
		expect(exported).toMatchObject({ reviews: 0, damaged: [{ reviews: 5, from: page.minAt, to: page.maxAt }] });
		expect(exported.damaged[0]!.cards).toHaveLength(3);
		expect(JSON.parse(backupFileText(exported.parts))).toMatchObject({ reviews: [], damaged: [{ store: 'logPages', value: { ...edited, reviews: textOf(edited.reviews) } }] });
	});
});

describe('export as text, with review bytes that are not UTF-8', () => {
	it('carries them as their byte values, which an import keeps aside and a restore reads', async () => {
		const { name, store, page } = await storeWithOnePage();
		// A stray byte after the last review: that review no longer reads on its own, the four before it do.
		const bytes = Uint8Array.from([...page.reviews.subarray(0, -1), 0xff, 0x5d]);
		await writeRaw(name, 'logPages', { ...page, reviews: bytes });
		const file = JSON.parse(backupFileText((await store.exportBackupText(now)).parts));
		expect(file.damaged).toMatchObject([{ store: 'logPages', value: { reviews: [...bytes] } }]);
		const target = await openStore(freshName());
		await target.importBackup(file);
		const [item] = await target.setAsideItems();
		expect(item).toMatchObject({ kind: 'reviews', reviews: 5, from: page.minAt, to: page.maxAt, restorable: true });
		expect(await target.restoreSetAside(item!.id)).toMatchObject({ reviews: 4, complete: false });
	});
});

describe('the log across pages', () => {
	it('keeps every answer in order, files the tail into pages and undoes across a page boundary', async () => {
		const name = freshName();
		const store = await openStore(name);
		const answers = [];
		for (let step = 0; step <= 2 * TAIL_SIZE; step += 1) answers.push(await store.answer(`d/${step % 7}`, 3, minutesLater(step), zone));
		expect(await store.reviews()).toEqual(answers);
		expect(((await readAllRaw(name, 'logPages')) as { count: number }[]).map((page) => page.count)).toEqual([2 * TAIL_SIZE]);
		expect(await readAllRaw(name, 'logTail')).toHaveLength(1);
		expect(await store.undo(answers[2 * TAIL_SIZE]!)).toEqual({ undone: answers[2 * TAIL_SIZE] });
		expect(await store.undo(answers[2 * TAIL_SIZE - 1]!)).toEqual({ undone: answers[2 * TAIL_SIZE - 1] });
		expect(await store.reviews()).toEqual(answers.slice(0, 2 * TAIL_SIZE - 1));
		expect(backupFileText((await store.exportBackupText(now)).parts)).toBe(JSON.stringify(await store.exportBackup(now)));
	});
});

describe('import', () => {
	it('round-trips an export exactly, including each review’s `before`', async () => {
		const source = await openStore(freshName());
		const reviews = [];
		for (let step = 0; step < 6; step += 1) reviews.push(await source.answer(`d/${step % 2}`, 3, minutesLater(step * 15), zone));
		const backup = JSON.parse(JSON.stringify(await source.exportBackup(now)));
		const target = await openStore(freshName());
		expect(await target.importBackup(backup)).toMatchObject({ cards: 2, reviews: 6 });
		expect(await target.reviews()).toEqual(reviews);
		expect((await target.load(now, zone)).records).toEqual((await source.load(now, zone)).records);
		expect(await target.undo(reviews[5]!)).toEqual({ undone: reviews[5] });
	});

	it('replaces answers the file lacks only when told exactly which (how many, the newest when), and keeps them in an automatic backup, which restores them', async () => {
		const store = await openStore(freshName());
		const first = await store.answer('d/mine', 3, now, zone);
		const mine = await store.answer('d/mine', 3, minutesLater(20), zone);
		const file = makeSyntheticHistory(4, 12, 5, now);
		const lacking = { count: 2, newestAt: mine.reviewedAt };
		for (const confirmed of [undefined, { ...lacking, count: 1 }, { ...lacking, newestAt: first.reviewedAt }]) {
			await expect(store.importBackup(file, confirmed)).rejects.toMatchObject({ name: 'ReplacesAnswersError', lacking });
		}
		expect(await store.reviews()).toEqual([first, mine]);
		expect(await store.lastAutoBackup()).toBeUndefined();
		const report = await store.importBackup(file, lacking);
		const auto = await store.lastAutoBackup();
		expect(auto?.exportedAt).toBe(report.autoBackupAt);
		expect(auto?.cards).toEqual([mine.after]);
		expect((await store.load(now, zone)).records.has('d/mine')).toBe(false);
		// The file's answers are not in the automatic backup: restoring it asks too.
		await expect(store.importBackup(auto)).rejects.toMatchObject({ lacking: { count: 12 } });
		await importReplacing(store, auto);
		expect([...(await store.load(now, zone)).records.values()]).toEqual([mine.after]);
		expect(await store.reviews()).toEqual([first, mine]);
	});

	it('changes nothing when the file is invalid anywhere', async () => {
		const store = await openStore(freshName());
		const mine = await store.answer('d/mine', 3, now, zone);
		const hostile = JSON.parse(JSON.stringify(makeSyntheticHistory(3, 9, 2, now)));
		hostile.cards[0].key = '<script>alert(1)</script>';
		hostile.reviews[8].reviewedAt = 'not a time';
		await expect(store.importBackup(hostile)).rejects.toBeInstanceOf(BackupError);
		await expect(store.importBackup({ ...hostile, version: 99 })).rejects.toMatchObject({ problems: [{ code: 'newerVersion', version: 99 }] });
		expect([...(await store.load(now, zone)).records.values()]).toEqual([mine.after]);
		expect(await store.reviews()).toEqual([mine]);
		expect(await store.lastAutoBackup()).toBeUndefined();
	});

	it('tells other tabs', async () => {
		const name = freshName();
		const [tabA, tabB] = await Promise.all([openStore(name), openStore(name)]);
		const heard = new Promise<void>((resolve) => tabB.onExternalChange(resolve));
		await tabA.importBackup(makeSyntheticHistory(2, 2, 1, now));
		await expect(heard).resolves.toBeUndefined();
	});
});

import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { bucketsOf } from '../src/lib/storage/card-buckets';
import { Checksum, textChecksum } from '../src/lib/storage/checksum';
import { expect, test } from './fixtures';
import { answerByKeyboard, currentCard, exportBackup, importFile, openTrainer, showAnswerByKeyboard } from './trainer-helpers';
import { readStore } from './trainer-storage';

/**
 * The learner's stored progress across the trainer's storage layouts (each
 * older database is upgraded whole), a full disk, and imports: hostile
 * files change nothing, a valid one keeps an automatic backup.
 */
test.describe('trainer storage', () => {
	test('progress stored one record per card (database version 1) survives the upgrade to card buckets', async ({ page }) => {
		await openTrainer(page, 'en', 'all');
		await answerByKeyboard(page, '3');
		const record = await page.evaluate(firstStoredCard);
		// Version 1 kept each tail entry as the review object itself.
		const [entry] = await readStore(page, 'logTail');
		const review = JSON.parse((entry!.value as { review: string }).review) as object;
		await page.goto('/en/');
		await page.evaluate(storeAsVersion1, { record, review });
		await openTrainer(page, 'en');
		await expect(page.locator('[data-deck="all"] [data-count="learning"]')).toHaveText('1');
		await expect(page.locator('[data-part="damage"]')).toBeHidden();
		expect((await exportBackup(page)).cards).toEqual([record]);
	});

	test('progress stored without checksums (database version 2) survives the upgrade to checksums', async ({ page }) => {
		const { before, filed, newest } = await twoAnswers(page);
		// Version 2: buckets as bare JSON text; a page's checksum over its review text alone; tail entries as objects.
		const pageText = JSON.stringify([{ ...filed, before: undefined }]);
		await expectUpgradeKeeps(page, before, {
			version: 2,
			buckets: [...bucketsOf(before.cards)].map(([bucket, cards]) => ({ key: bucket, value: JSON.stringify(cards) })),
			page: { seq: 1, minAt: filed.reviewedAt, maxAt: filed.reviewedAt, count: 1, reviews: pageText, checksum: new Checksum().add(pageText).digest() },
			befores: '[null]',
			newest: newest.review,
		});
	});

	test('progress whose log pages hold their reviews as text (database version 3) survives the upgrade to bytes and exports whole', async ({ page }) => {
		const { before, filed, newest } = await twoAnswers(page);
		// Version 3: a page's reviews as text, under a checksum of its place, time range, count and that text.
		const pageText = JSON.stringify([{ ...filed, before: undefined }]);
		const befores = JSON.stringify([filed.before]);
		const range = { minAt: filed.reviewedAt, maxAt: filed.reviewedAt, count: 1 };
		await expectUpgradeKeeps(page, before, {
			version: 3,
			buckets: (await readStore(page, 'cardBuckets')).map(({ key, value }) => ({ key: key as number, value: value as { cards: string; checksum: string } })),
			page: { seq: 1, ...range, reviews: pageText, checksum: textChecksum(`1 ${range.minAt} ${range.maxAt} 1`, pageText), beforesChecksum: textChecksum(befores) },
			befores,
			newest: newest.stored,
		});
	});

	test('a full disk while answering: a clear message, the card stays, nothing half-written', async ({ page }) => {
		await page.addInitScript(() => {
			const put = IDBObjectStore.prototype.put;
			IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
				if ((window as unknown as { diskFull?: boolean }).diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				return put.apply(this, args);
			};
		});
		await openTrainer(page, 'en', 'all');
		await answerByKeyboard(page, '3');
		await page.evaluate(() => ((window as unknown as { diskFull?: boolean }).diskFull = true));
		const card = await showAnswerByKeyboard(page);
		await page.keyboard.press('Enter');
		await expect(page.getByRole('alert')).toContainText("Your browser's storage is full: this change was not saved");
		expect((await currentCard(page)).key).toBe(card.key);
		await expect(page.locator('.trainer-ratings')).toBeVisible();
		await page.evaluate(() => ((window as unknown as { diskFull?: boolean }).diskFull = false));
		await page.locator('.trainer-rating.is-offered').press('Enter');
		await expect(page.locator(`.trainer-card[data-key="${card.key}"] .trainer-ratings`)).toHaveCount(0);
		const backup = await exportBackup(page);
		expect(backup.reviews).toHaveLength(2);
	});

	test('importing a hostile file changes nothing and runs nothing', async ({ page }) => {
		await openTrainer(page, 'en', 'all');
		await answerByKeyboard(page, '3');
		const before = await exportBackup(page);
		const hostile = {
			...before,
			cards: [{ ...before.cards[0], key: '<img src=x onerror="window.pwned=1">', due: '<script>window.pwned=1</script>' }],
		};
		const scriptStatus = await importFile(page, { name: 'hostile.json', text: JSON.stringify(hostile) });
		expect(scriptStatus).toContain('Nothing was changed');
		const wrongVersion = await importFile(page, { name: 'old.json', text: JSON.stringify({ ...before, version: 99 }) });
		expect(wrongVersion).toContain('Nothing was changed');
		expect(wrongVersion).toContain('version');
		const hugePath = test.info().outputPath('huge.json');
		writeFileSync(hugePath, Buffer.alloc(51 * 1024 * 1024, ' '));
		const huge = await importFile(page, hugePath);
		expect(huge).toContain('the file is over 50 MB (53,477,376 bytes)');
		const notJson = await importFile(page, { name: 'broken.json', text: '{"format": ' });
		expect(notJson).toContain('not valid JSON');

		expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
		expect(await page.locator('img[src="x"], .trainer script:not([type="application/json"])').count()).toBe(0);
		const after = await exportBackup(page);
		expect(after.cards).toEqual(before.cards);
		expect(after.reviews).toEqual(before.reviews);
	});

	test('a valid import replaces progress and keeps an automatic backup to restore, of answers given while the clock was ahead too; their export imports', async ({ page }) => {
		// The device's clock three days ahead while the learner answers, then right again (the answer keeps its time).
		const rightTime = Date.now();
		await page.clock.install({ time: rightTime + 3 * 86_400_000 });
		await page.clock.resume();
		await openTrainer(page, 'en', 'all');
		await answerByKeyboard(page, '3');
		await page.clock.setSystemTime(rightTime);
		const before = await exportBackup(page);
		const status = await importFile(page, { name: 'empty.json', text: JSON.stringify({ ...before, cards: [], reviews: [] }) }, { replace: true });
		expect(status).toContain('Imported. Cards: 0, reviews: 0.');
		expect((await exportBackup(page)).reviews).toHaveLength(0);
		const clockAhead = /Some of its answers are dated later than now, up to .+, because the clock of the device they were given on was ahead; they are kept as they are\.$/;
		await page.getByRole('button', { name: 'Restore the automatic backup' }).click();
		await expect(page.locator('.trainer-backup-status')).toContainText('Restored the automatic backup from ');
		await expect(page.locator('.trainer-backup-status')).toContainText('. Cards: 1, reviews: 1.');
		await expect(page.locator('.trainer-backup-status')).toHaveText(clockAhead);
		expect((await exportBackup(page)).reviews).toEqual(before.reviews);
		expect(await importFile(page, { name: 'own.json', text: JSON.stringify(before) })).toMatch(clockAhead);
	});
});

/** Runs in the page: the first card record in the trainer's buckets. */
async function firstStoredCard(): Promise<{ key: string }> {
	const database = await new Promise<IDBDatabase>((resolve, reject) => {
		const request = indexedDB.open('transfer-trainer');
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	const buckets = await new Promise<unknown[]>((resolve, reject) => {
		const request = database.transaction('cardBuckets').objectStore('cardBuckets').getAll();
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	database.close();
	return (JSON.parse((buckets[0] as { cards: string }).cards) as { key: string }[])[0]!;
}

/** Runs in the page: replaces the trainer's database with version 1's layout (one record per card in `cards`) holding `record`. */
async function storeAsVersion1({ record, review }: { record: { key: string }; review: object }): Promise<void> {
	await new Promise((resolve, reject) => {
		const request = indexedDB.deleteDatabase('transfer-trainer');
		request.onsuccess = resolve;
		request.onerror = () => reject(request.error);
	});
	const database = await new Promise<IDBDatabase>((resolve, reject) => {
		const request = indexedDB.open('transfer-trainer', 1);
		request.onupgradeneeded = () => {
			const upgrading = request.result;
			upgrading.createObjectStore('cards', { keyPath: 'key' });
			upgrading.createObjectStore('logPages', { keyPath: 'seq' }).createIndex('maxAt', 'maxAt');
			for (const name of ['logBefores', 'settings', 'autobackup']) upgrading.createObjectStore(name);
			for (const name of ['logTail', 'quarantine']) upgrading.createObjectStore(name, { autoIncrement: true });
		};
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	const transaction = database.transaction(['cards', 'logTail'], 'readwrite');
	transaction.objectStore('cards').put(record);
	transaction.objectStore('logTail').add(review);
	await new Promise((resolve, reject) => {
		transaction.oncomplete = resolve;
		transaction.onerror = () => reject(transaction.error);
	});
	database.close();
}

/** Two answers, still in the log's tail (as stored, and the review each holds), and the export after them. */
async function twoAnswers(page: Page) {
	await openTrainer(page, 'en', 'all');
	await answerByKeyboard(page, '3');
	await answerByKeyboard(page, '3');
	const before = await exportBackup(page);
	const [filed, newest] = (await readStore(page, 'logTail')).map(({ value }) => {
		const stored = value as { review: string; checksum: string };
		return { stored, review: JSON.parse(stored.review) as { key: string; reviewedAt: string; before: unknown } };
	});
	return { before, filed: filed!.review, newest: newest! };
}

/**
 * Puts `old` in place of the trainer's database, opens the trainer (which upgrades it) and expects every card and
 * answer of `before` back, with nothing found damaged by the check of the whole log.
 */
async function expectUpgradeKeeps(page: Page, before: Awaited<ReturnType<typeof exportBackup>>, old: Parameters<typeof storeAsOldVersion>[0]): Promise<void> {
	await page.goto('/en/');
	await page.evaluate(storeAsOldVersion, old);
	await openTrainer(page, 'en');
	await expect(page.locator('[data-deck="all"] [data-count="learning"]')).toHaveText('2');
	await page.waitForFunction(() => performance.getEntriesByName('trainer:log-check').length > 0);
	await expect(page.locator('[data-part="damage"]')).toBeHidden();
	const after = await exportBackup(page);
	expect(after.cards).toEqual(before.cards);
	expect(after.reviews).toEqual(before.reviews);
}

/**
 * Runs in the page: replaces the trainer's database with an older version's layout holding one log page and one
 * tail entry (version 2: buckets as bare JSON text, no checksums but a page's over its reviews; version 3: a page's
 * reviews as text).
 */
async function storeAsOldVersion(old: { version: number; buckets: { key: number; value: string | object }[]; page: object; befores: string; newest: unknown }): Promise<void> {
	await new Promise((resolve, reject) => {
		const request = indexedDB.deleteDatabase('transfer-trainer');
		request.onsuccess = resolve;
		request.onerror = () => reject(request.error);
	});
	const database = await new Promise<IDBDatabase>((resolve, reject) => {
		const request = indexedDB.open('transfer-trainer', old.version);
		request.onupgradeneeded = () => {
			const upgrading = request.result;
			upgrading.createObjectStore('logPages', { keyPath: 'seq' }).createIndex('maxAt', 'maxAt');
			for (const name of ['cardBuckets', 'logBefores', 'settings', 'autobackup']) upgrading.createObjectStore(name);
			for (const name of ['logTail', 'quarantine']) upgrading.createObjectStore(name, { autoIncrement: true });
		};
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	const transaction = database.transaction(['cardBuckets', 'logPages', 'logBefores', 'logTail'], 'readwrite');
	for (const { key, value } of old.buckets) transaction.objectStore('cardBuckets').put(value, key);
	transaction.objectStore('logPages').put(old.page);
	transaction.objectStore('logBefores').put(old.befores, 1);
	transaction.objectStore('logTail').add(old.newest);
	await new Promise((resolve, reject) => {
		transaction.oncomplete = resolve;
		transaction.onerror = () => reject(transaction.error);
	});
	database.close();
}

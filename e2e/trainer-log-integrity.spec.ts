import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { answerByKeyboard, exportBackup, importFile, openTrainer } from './trainer-helpers';
import { readStore, writeStore } from './trainer-storage';

/** Empties stores of the trainer's database, as clearing them in the browser's tools would. */
async function clearStores(page: Page, names: string[]): Promise<void> {
	for (const name of names) await writeStore(page, name, (await readStore(page, name)).map(({ key }) => ({ key, value: undefined })));
}

async function answerThree(page: Page): Promise<void> {
	await openTrainer(page, 'en', 'all');
	for (let turn = 0; turn < 3; turn++) await answerByKeyboard(page, '3');
}

test.describe('trainer review log integrity', () => {
	test('a copied log entry (its checksum valid) is found at load, kept aside in plain words, and the export imports back', async ({ page }) => {
		await answerThree(page);
		const tail = await readStore(page, 'logTail');
		const last = tail.at(-1)!;
		await writeStore(page, 'logTail', [{ key: Number(last.key) + 1, value: last.value }]);
		await openTrainer(page, 'en');
		const notice = page.locator('[data-part="damage"]');
		await expect(notice).toContainText('Some of your saved progress was damaged in this browser. Nothing was deleted.');
		await expect(notice).toContainText('Damaged data kept aside: 1.');
		await notice.getByRole('button', { name: 'Show damaged data' }).click();
		const kept = page.locator('[data-part="data"] .trainer-kept > li');
		await expect(kept).toContainText('it was an exact copy of another answer in your review history (the same answer twice).');
		await expect(kept.getByRole('button', { name: /^Restore/ })).toHaveCount(0);

		const backup = (await exportBackup(page)) as { reviews: { id: string }[]; damaged?: unknown[] };
		expect(backup.reviews).toHaveLength(3);
		expect(new Set(backup.reviews.map((review) => review.id)).size).toBe(3);
		expect(backup.damaged).toHaveLength(1);
		expect(await importFile(page, { name: 'again.json', text: JSON.stringify(backup) })).toContain('Imported.');
	});

	test('a log emptied behind the trainer: the answered cards are named at load and by “check my data”, their progress kept; undo says the answer is gone', async ({ page }) => {
		await answerThree(page);
		await clearStores(page, ['logPages', 'logBefores', 'logTail']);
		await page.keyboard.press('u');
		await expect(page.locator('[data-part="live"]')).toHaveText(
			'This answer cannot be undone: it is no longer in your saved review history (an import may have replaced it, or the history was lost; “Check my data” below checks it).',
		);
		await openTrainer(page, 'en');
		const notice = page.locator('[data-part="damage"]');
		await expect(notice).toContainText('none of their answers is in your review history any more, so they cannot be checked or rebuilt; their progress is kept as it is (3):');
		const panel = page.locator('[data-part="data"]');
		await panel.locator('> summary').click();
		await panel.getByRole('button', { name: 'Check my data' }).click();
		await expect(panel.locator('.trainer-data-status')).toHaveText('Checked your data. Cards: 3, answers: 0.');
		await expect(panel.locator('.trainer-data-result')).toContainText('(3):');
		expect((await exportBackup(page)).cards).toHaveLength(3);
	});

	test('every card bucket deleted while the log holds the answers: rebuilt at load and named (Turkish)', async ({ page }) => {
		await answerThree(page);
		const before = await exportBackup(page);
		await clearStores(page, ['cardBuckets']);
		await openTrainer(page, 'tr', 'all');
		const notice = page.locator('[data-part="damage"]');
		await expect(notice).toContainText('Tekrar geçmişinizden aynen yeniden oluşturuldu (3):');
		expect({ ...(await exportBackup(page)), exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
	});

	test('an imported card state that contradicts its newest answer: “check my data” rebuilds it and keeps the file’s state aside', async ({ page }) => {
		await openTrainer(page, 'en', 'all');
		await answerByKeyboard(page, '3');
		const backup = (await exportBackup(page)) as unknown as { cards: { key: string; stability: number; due: string }[] };
		const stability = backup.cards[0]!.stability;
		backup.cards[0]!.stability += 3;
		backup.cards[0]!.due = '2030-01-01T00:00:00.000Z';
		expect(await importFile(page, { name: 'inconsistent.json', text: JSON.stringify(backup) })).toContain('Imported.');
		await openTrainer(page, 'en');
		const panel = page.locator('[data-part="data"]');
		await panel.locator('> summary').click();
		await panel.getByRole('button', { name: 'Check my data' }).click();
		await expect(panel.locator('.trainer-data-result')).toContainText('Rebuilt exactly from your review history (1):');
		await expect(panel.locator('.trainer-kept > li')).toContainText('this card’s saved progress differed from the one its newest answer recorded');
		const after = (await exportBackup(page)) as unknown as { cards: { stability: number }[]; damaged?: { value: { cards: string } }[] };
		expect(after.cards[0]!.stability).toBe(stability);
		expect(JSON.parse(after.damaged![0]!.value.cards)).toMatchObject([{ due: '2030-01-01T00:00:00.000Z' }]);
	});
});

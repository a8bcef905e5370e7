import { axeViolations, expect, test } from './fixtures';
import { undersizedTargets } from './layout-checks';
import { openTrainer } from './trainer-helpers';

async function openChooserByKeyboard(page: import('@playwright/test').Page): Promise<void> {
	await page.locator('[data-part="workload"] > summary').focus();
	await page.keyboard.press('Enter');
	// The simulation of the next year is done when its table is there.
	await expect(page.locator('.trainer-retention-table')).toBeVisible({ timeout: 60_000 });
}

test.describe('retention and workload', () => {
	test('a row per retention with its workload; chosen by keyboard, saved, kept after a reload; axe, 360 px, 24 px targets', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 800 });
		await openTrainer(page, 'en');
		await openChooserByKeyboard(page);
		const table = page.locator('.trainer-retention-table');
		const rows = table.locator('tbody tr');
		await expect(rows.locator('th')).toHaveText(['70%', '75%', '80%', '85%', '90% (in use)', '93%', '95%', '97%']);
		// Every new card of the decks still to come, at 20 a day: the workload grows with the retention.
		const minutes = (await rows.locator('td:nth-child(4)').allTextContents()).map(Number);
		expect(minutes[0]).toBeGreaterThan(0);
		expect(minutes.at(-1)).toBeGreaterThan(minutes[0]!);
		const panel = page.locator('[data-part="workload-body"]');
		await expect(panel.getByRole('status').first()).toContainText('At 90%, the retention in use');
		await expect(panel).toContainText('typical times are used');
		expect(await axeViolations(page, '[data-part="workload"]')).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		expect(await undersizedTargets(page), 'targets under 24 × 24 px').toEqual([]);

		// Radio buttons: Tab reaches the one in use, an arrow key moves the choice, Enter saves it.
		await page.getByRole('radio', { name: '90% (in use)' }).focus();
		await page.keyboard.press('ArrowUp');
		await expect(page.getByRole('radio', { name: '85%' })).toBeChecked();
		await page.keyboard.press('Enter');
		await expect(panel.getByText('Desired retention saved: 85%.')).toBeVisible();
		await expect(rows.locator('th').nth(3)).toHaveText('85% (in use)');

		await openTrainer(page, 'en');
		await openChooserByKeyboard(page);
		await expect(page.getByRole('radio', { name: '85% (in use)' })).toBeChecked();
		await page.locator('[data-part="settings-panel"] > summary').click();
		await expect(page.locator('#trainer-retention')).toHaveValue('85');
	});

	test('Turkish page: the same chooser in Turkish, with no axe violations', async ({ page }) => {
		await openTrainer(page, 'tr');
		await openChooserByKeyboard(page);
		await expect(page.locator('.trainer-retention-table tbody tr')).toHaveCount(8);
		await expect(page.locator('.trainer-retention-table caption')).toHaveText('Her hedeflenen hatırlama oranında beklenen iş yükü: önümüzdeki yıl için günlük ortalamalar');
		await expect(page.getByRole('radio', { name: '%90 (kullanımda)' })).toBeChecked();
		expect(await axeViolations(page, '[data-part="workload"]')).toEqual([]);
	});
});

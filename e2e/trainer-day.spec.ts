import { expect, test } from './fixtures';
import { answerByKeyboard, openTrainer } from './trainer-helpers';

test.describe('trainer: a tab left open past the start of the learner’s day', () => {
	test.use({ timezoneId: 'Europe/Istanbul' });

	/** Studies every deck until no new card is left today (two a day), then goes back to the deck table. */
	async function studyUpToTheLimit(page: import('@playwright/test').Page): Promise<void> {
		await page.locator('[data-deck="all"] button').click();
		const left = page.locator('[data-part="session-left"]');
		await expect(left).toContainText('2 new');
		for (let turn = 0; turn < 12 && !(await left.textContent())?.includes(': 0 new'); turn++) await answerByKeyboard(page, '4');
		if (await page.locator('[data-part="session"]').isVisible()) await page.getByRole('button', { name: 'End session' }).click();
		await page.locator('[data-part="summary-back"]').click();
		await expect(page.locator('[data-deck="all"] [data-count="new"]')).toHaveText('0');
	}

	test('counts the new day at its start without a reload, also after a sleep the timers did not count; Study works', async ({ page }) => {
		await page.clock.install({ time: new Date('2026-05-10T21:00:00+03:00') });
		await openTrainer(page, 'en');
		await page.locator('[data-part="settings-panel"] > summary').click();
		await page.getByLabel('New cards per day').fill('2');
		await page.getByLabel('New cards per day').press('Enter');
		await expect(page.locator('[data-part="settings-status"]')).toHaveText('Settings saved.');
		await studyUpToTheLimit(page);
		const newCount = page.locator('[data-deck="all"] [data-count="new"]');

		// Past midnight it is still the 10th for the learner, whose day starts at 04:00; past 04:00 the new day's cards are counted.
		await page.clock.fastForward('06:55:00');
		await expect(newCount).toHaveText('0');
		await page.clock.fastForward('05:00:00');
		await expect(newCount).toHaveText('2');
		await studyUpToTheLimit(page);

		// A computer asleep through the next day start: the clock jumps and no timer fires; the next look, within ten minutes, sees the new day.
		await page.clock.setSystemTime(new Date('2026-05-12T09:00:00+03:00'));
		await page.clock.runFor('10:00');
		await expect(newCount).toHaveText('2');
	});
});

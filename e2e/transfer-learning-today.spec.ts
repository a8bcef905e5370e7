import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { currentCard, openTrainer } from './trainer-helpers';

/**
 * The "Transfer learning today" lesson in both locales: its place in the
 * chapter (sidebar, previous/next) and its deck in the trainer. Its
 * exercises, and axe over the whole page in both locales, are checked with
 * every lesson's in exercises.spec.ts.
 */
const lesson = 'strategies/transfer-learning-today/';
const deck = 'transfer-learning-today';
const deckTitle = { en: 'Transfer learning today', tr: 'Günümüzde öğrenme aktarması' };
const locales = ['en', 'tr'] as const;

const paths = (page: Page, selector: string) => page.locator(selector).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

for (const locale of locales) {
	test.describe(`${locale}`, () => {
		test('comes right after the transfer-learning lesson, in the sidebar and in previous/next', async ({ page }) => {
			const before = `/${locale}/strategies/transfer-learning/`;
			const here = `/${locale}/${lesson}`;
			await page.goto(here);
			const sidebar = await paths(page, '#starlight__sidebar a');
			const position = sidebar.indexOf(here);
			expect(sidebar[position - 1]).toBe(before);
			await expect(page.locator('#starlight__sidebar a[aria-current="page"]')).toHaveAttribute('href', here);
			expect(await paths(page, '.pagination-links a[rel="prev"]')).toEqual([before]);
			const after = sidebar[position + 1]!;
			expect(await paths(page, '.pagination-links a[rel="next"]')).toEqual([after]);
			await page.goto(before);
			expect(await paths(page, '.pagination-links a[rel="next"]')).toEqual([here]);
			await page.goto(after);
			expect(await paths(page, '.pagination-links a[rel="prev"]')).toEqual([here]);
		});

		test('its deck is in the trainer’s deck list, studied by keyboard', async ({ page }) => {
			await page.goto(`/${locale}/${lesson}`);
			await expect(page.locator('.lesson-deck-link a')).toHaveAttribute('href', `/${locale}/practice/trainer/?deck=${deck}`);
			await openTrainer(page, locale);
			const row = page.locator(`[data-deck="${deck}"]`);
			await expect(row.locator('th')).toHaveText(deckTitle[locale]);
			expect(Number(await row.locator('[data-count="new"]').textContent())).toBeGreaterThanOrEqual(10);
			await row.getByRole('button').focus();
			await page.keyboard.press('Enter');
			await expect(page.locator('[data-part="session-heading"]')).toContainText(deckTitle[locale]);
			expect((await currentCard(page)).key.startsWith(`${deck}/`)).toBe(true);
		});
	});
}

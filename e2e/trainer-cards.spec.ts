import type { Page } from '@playwright/test';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../src/lib/backup/types';
import { toBackupReview } from '../src/lib/backup/review-chain';
import { createScheduler } from '../src/lib/srs/scheduler';
import { DEFAULT_SETTINGS, type Rating, type ReviewRecord } from '../src/lib/srs/types';
import { axeViolations, expect, test } from './fixtures';
import { importFile, openTrainer } from './trainer-helpers';

const LEECH = 'transfer-learning/definition';
const LEECH_TEXT = 'What is transfer learning?';
const HOUR = 3_600_000;

/**
 * A backup in which one card was learned, then forgotten 8 times (a leech,
 * overdue now), and another card was answered once: each answer given when
 * the card fell due, then every time moved so the leech fell due an hour ago.
 */
function leechBackup(now: Date): { name: string; text: string } {
	const scheduler = createScheduler(DEFAULT_SETTINGS, 'UTC');
	const ratings: Rating[] = [3, 3, 3, ...Array.from({ length: 8 }, () => [1, 3, 3] as Rating[]).flat()];
	const log: ReviewRecord[] = [];
	let time = Date.parse('2024-01-01T10:00:00.000Z');
	for (const [index, rating] of ratings.entries()) {
		log.push(scheduler.answer(log.at(-1)?.after, LEECH, rating, new Date(time), `leech-${index}`));
		time = Math.max(time + 60_000, Date.parse(log.at(-1)!.after.due));
	}
	log.push(scheduler.answer(undefined, 'transfer-learning/feature-extraction', 4, new Date(time), 'other'));
	const shift = now.getTime() - HOUR - Date.parse(log.at(-2)!.after.due);
	const moved = (iso: string) => new Date(Date.parse(iso) + shift).toISOString();
	const reviews = log.map((review) => {
		const after = { ...review.after, due: moved(review.after.due), ...(review.after.lastReview ? { lastReview: moved(review.after.lastReview) } : {}) };
		return toBackupReview({ ...review, reviewedAt: moved(review.reviewedAt), after });
	});
	const latest = new Map(reviews.map((review) => [review.key, review.after]));
	const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), settings: { ...DEFAULT_SETTINGS }, cards: [...latest.values()], reviews };
	return { name: 'leech.json', text: JSON.stringify(backup) };
}

async function openPanel(page: Page, name: 'stats' | 'cards'): Promise<void> {
	await page.locator(`[data-part="${name}"] > summary`).focus();
	await page.keyboard.press('Enter');
}

const dueCount = (page: Page) => page.locator('tr[data-deck="transfer-learning"] [data-count="due"]');

test.describe('leeches and the card browser', () => {
	test('a card lapsed 8 times is listed as a leech with its lesson section, suspended, and then never studied, after a reload too', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 800 });
		await openTrainer(page, 'en');
		expect(await importFile(page, leechBackup(new Date()))).toContain('Imported');
		await expect(dueCount(page)).toHaveText('1');

		await openPanel(page, 'stats');
		const leeches = page.locator('[data-part="leeches"]');
		await expect(leeches).toContainText('usually the card is unclear');
		const row = leeches.locator('tbody tr');
		await expect(row).toHaveCount(1);
		await expect(row.getByRole('rowheader')).toHaveText(LEECH_TEXT);
		await expect(row.getByRole('cell').first()).toHaveText('8');
		await expect(row.getByRole('link', { name: 'Read the lesson section' })).toHaveAttribute('href', '/en/strategies/transfer-learning/#definition');
		expect(await axeViolations(page, '[data-part="stats"]')).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

		await row.getByRole('button', { name: `Suspend: ${LEECH_TEXT}` }).focus();
		await page.keyboard.press('Enter');
		await expect(row.getByRole('button', { name: `Unsuspend: ${LEECH_TEXT}` })).toBeFocused();
		await expect(row).toContainText('Suspended');
		await expect(dueCount(page)).toHaveText('0');

		// Stored: after a reload it is still suspended, and a session on its deck starts with a new card instead.
		await openTrainer(page, 'en');
		await expect(dueCount(page)).toHaveText('0');
		await openTrainer(page, 'en', 'transfer-learning');
		const first = page.locator('.trainer-card');
		await expect(first).toBeVisible();
		await expect(first).not.toHaveAttribute('data-key', LEECH);
	});

	test('the card browser by keyboard: filter, sort, history, suspend and unsuspend, reset after confirming; 360 px; axe in both languages', async ({ page }) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width: 360, height: 800 });
		await openTrainer(page, 'en');
		expect(await importFile(page, leechBackup(new Date()))).toContain('Imported');
		await openPanel(page, 'cards');
		const panel = page.locator('[data-part="cards-body"]');
		const status = panel.getByRole('status');
		await expect(status).toContainText(/Cards 1 to \d+ of \d+\./);

		await page.keyboard.press('Tab');
		await expect(panel.getByLabel('Deck', { exact: true })).toBeFocused();
		await panel.getByLabel('Deck', { exact: true }).selectOption({ label: 'Transfer learning' });
		await page.keyboard.press('Tab');
		await panel.getByLabel('Show', { exact: true }).selectOption({ label: 'Leech' });
		await expect(panel.locator('tbody tr')).toHaveCount(1);
		await expect(panel.locator('tbody tr th')).toHaveText(LEECH_TEXT);
		await panel.getByLabel('Show', { exact: true }).selectOption({ label: 'Review' });
		await expect(panel.locator('tbody tr th')).toHaveText('In feature extraction, which weights are trained?');
		await panel.getByLabel('Show', { exact: true }).selectOption({ label: 'Every state' });
		await page.keyboard.press('Tab');
		await panel.getByLabel('Sort by', { exact: true }).selectOption({ label: 'Lapses (most first)' });
		const row = panel.locator(`tbody tr[data-card="${LEECH}"]`);
		await expect(panel.locator('tbody tr').first()).toHaveAttribute('data-card', LEECH);
		await expect(row.getByRole('cell').nth(4)).toHaveText('8');
		await expect(row.getByRole('cell').first()).toHaveText('Leech');

		// History, in a dialog that Escape closes, giving focus back.
		const history = row.getByRole('button', { name: `History: ${LEECH_TEXT}` });
		await page.keyboard.press('Tab');
		await expect(history).toBeFocused();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: `History of “${LEECH_TEXT}”` });
		await expect(dialog.locator('tbody tr')).toHaveCount(27);
		await expect(dialog.locator('tbody tr').filter({ hasText: 'Again' })).toHaveCount(8);
		expect(await axeViolations(page, 'dialog')).toEqual([]);
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(history).toBeFocused();

		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(row.getByRole('cell').first()).toHaveText('Suspended');
		await expect(row.getByRole('button', { name: `Unsuspend: ${LEECH_TEXT}` })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(row.getByRole('cell').first()).toHaveText('Leech');

		// Reset asks first; keeping the card changes nothing.
		await expect(row.getByText('Reset this card?')).toBeHidden();
		await page.keyboard.press('Tab');
		await expect(row.getByRole('button', { name: `Reset: ${LEECH_TEXT}` })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(row.getByText('Reset this card?')).toBeVisible();
		await expect(row.getByRole('button', { name: 'Keep it' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(row.getByRole('cell').first()).toHaveText('Leech');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Shift+Tab');
		await expect(row.getByRole('button', { name: 'Reset', exact: true })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(row.getByRole('cell').first()).toHaveText('New');
		await expect(row.getByRole('cell').nth(4)).toHaveText('0');
		// Its answers stay in its history, followed by the changes.
		await row.getByRole('button', { name: `History: ${LEECH_TEXT}` }).click();
		await expect(dialog.locator('tbody tr')).toHaveCount(30);
		await expect(dialog.locator('tbody tr').filter({ hasText: 'Again' })).toHaveCount(8);
		expect(await dialog.locator('tbody tr td:first-of-type').evaluateAll((cells) => cells.slice(-3).map((cell) => cell.textContent))).toEqual([
			'Suspended',
			'Unsuspended',
			'Reset',
		]);
		await dialog.getByRole('button', { name: 'Close' }).click();

		expect(await axeViolations(page, '[data-part="cards"]')).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

		await openTrainer(page, 'tr');
		await openPanel(page, 'cards');
		await expect(page.locator('[data-part="cards-body"]').getByRole('status')).toContainText('karttan');
		expect(await axeViolations(page, '[data-part="cards"]')).toEqual([]);
		await openPanel(page, 'stats');
		await expect(page.locator('[data-part="leeches"]')).toContainText('Sülük yok');
		expect(await axeViolations(page, '[data-part="stats"]')).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	});
});

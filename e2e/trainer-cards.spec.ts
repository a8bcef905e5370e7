import type { Page } from '@playwright/test';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../src/lib/backup/types';
import { toBackupReview } from '../src/lib/backup/review-chain';
import { createScheduler } from '../src/lib/srs/scheduler';
import { DEFAULT_SETTINGS, type CardRecord, type Rating, type ReviewRecord } from '../src/lib/srs/types';
import { axeViolations, expect, test } from './fixtures';
import { answerByKeyboard, exportBackup, importFile, openTrainer, pageDecks } from './trainer-helpers';

const LEECH = 'transfer-learning/definition';
const LEECH_TEXT = 'What is transfer learning?';
/** Forgotten 7 times: the next Again makes it a leech. */
const NEARLY = 'transfer-learning/feature-extraction';
const NEARLY_TEXT = 'In feature extraction, which weights are trained?';
const HOUR = 3_600_000;

/**
 * One card's log: learned, then forgotten `lapses` times, each answer given
 * when the card fell due; then every time moved so it fell due `overdue` ms
 * before `now`.
 */
function forgottenCard(key: string, lapses: number, now: Date, overdue: number): ReviewRecord[] {
	const scheduler = createScheduler(DEFAULT_SETTINGS, 'UTC');
	const ratings: Rating[] = [3, 3, 3, ...Array.from({ length: lapses }, () => [1, 3, 3] as Rating[]).flat()];
	const log: ReviewRecord[] = [];
	let time = Date.parse('2024-01-01T10:00:00.000Z');
	for (const [index, rating] of ratings.entries()) {
		log.push(scheduler.answer(log.at(-1)?.after, key, rating, new Date(time), `${key}-${index}`));
		time = Math.max(time + 60_000, Date.parse(log.at(-1)!.after.due));
	}
	const shift = now.getTime() - overdue - Date.parse(log.at(-1)!.after.due);
	const moved = (iso: string) => new Date(Date.parse(iso) + shift).toISOString();
	const shifted = (record: CardRecord): CardRecord => ({ ...record, due: moved(record.due), ...(record.lastReview ? { lastReview: moved(record.lastReview) } : {}) });
	return log.map((review) => ({ ...review, reviewedAt: moved(review.reviewedAt), before: review.before && shifted(review.before), after: shifted(review.after) }));
}

/** A backup with a leech (8 lapses, due an hour ago) and a card one lapse short of one (due two hours ago), and the logs of `more` cards. */
function leechBackup(now: Date, more: ReviewRecord[] = []): { name: string; text: string } {
	const log = [...forgottenCard(LEECH, 8, now, HOUR), ...forgottenCard(NEARLY, 7, now, 2 * HOUR), ...more].sort((a, b) => a.reviewedAt.localeCompare(b.reviewedAt));
	const latest = new Map(log.map((review) => [review.key, review.after]));
	const backup: Backup = {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: now.toISOString(),
		settings: { ...DEFAULT_SETTINGS },
		cards: [...latest.values()],
		reviews: log.map(toBackupReview),
	};
	return { name: 'leech.json', text: JSON.stringify(backup) };
}

async function openPanel(page: Page, name: 'stats' | 'cards'): Promise<void> {
	await page.locator(`[data-part="${name}"] > summary`).focus();
	await page.keyboard.press('Enter');
}

const dueCount = (page: Page) => page.locator('tr[data-deck="transfer-learning"] [data-count="due"]');

test.describe('statistics after a long break', () => {
	test('true retention names its window: no answers to review cards in the last 30 days, not none yet (English and Turkish)', async ({ page }) => {
		await openTrainer(page, 'en');
		// Every answer given more than three months ago.
		expect(await importFile(page, leechBackup(new Date(Date.now() - 90 * 24 * HOUR)))).toContain('Imported');
		await openPanel(page, 'stats');
		const stats = page.locator('[data-part="stats-body"]');
		await expect(stats.getByRole('heading', { name: 'True retention, last 30 days' })).toBeVisible();
		await expect(stats).toContainText('No answers to review cards in the last 30 days.');
		await openTrainer(page, 'tr');
		await openPanel(page, 'stats');
		await expect(stats.getByRole('heading', { name: 'Gerçek hatırlama oranı, son 30 gün' })).toBeVisible();
		await expect(stats).toContainText('Son 30 günde tekrar aşamasındaki hiçbir kart yanıtlanmadı.');
	});
});

test.describe('statistics of the page’s decks', () => {
	test('count the cards the deck table counts: not one only the Turkish decks have, nor one an update retired (forecast, leeches)', async ({ page }) => {
		const keysOf = async () => (await pageDecks<{ deck: string; id: string }>(page)).flatMap((deck) => deck.cards.map((card) => `${card.deck}/${card.id}`));
		await openTrainer(page, 'tr');
		const turkish = await keysOf();
		await openTrainer(page, 'en');
		const english = new Set(await keysOf());
		const turkishOnly = turkish.find((key) => !english.has(key)) ?? '';
		expect(turkishOnly).not.toBe('');
		// Both are leeches, due an hour ago, as the page's own leech is.
		const now = new Date();
		expect(await importFile(page, leechBackup(now, [...forgottenCard(turkishOnly, 8, now, HOUR), ...forgottenCard('retired/gone', 8, now, HOUR)]))).toContain('Imported');
		await expect(page.locator('tr[data-deck="all"] [data-count="due"]')).toHaveText('2');

		await openPanel(page, 'stats');
		const stats = page.locator('[data-part="stats-body"]');
		await expect(stats).toContainText('These figures count the cards of the decks on this page, and your answers to them.');
		const forecast = stats.locator('figure', { has: page.getByRole('heading', { name: 'Cards due in the next 30 days' }) });
		await forecast.locator('summary').click();
		await expect(forecast.locator('tbody tr').first().locator('td')).toHaveText('2');
		const leeches = page.locator('[data-part="leeches"] tbody tr');
		await expect(leeches).toHaveCount(1);
		await expect(leeches.getByRole('rowheader')).toHaveText(LEECH_TEXT);

		// The Turkish page counts its own card too.
		await openTrainer(page, 'tr');
		await openPanel(page, 'stats');
		const forecastTr = stats.locator('figure').first();
		await forecastTr.locator('summary').click();
		await expect(forecastTr.locator('tbody tr').first().locator('td')).toHaveText(await page.locator('tr[data-deck="all"] [data-count="due"]').innerText());
		await expect(page.locator('[data-part="leeches"] tbody tr')).toHaveCount(2);
	});
});

test.describe('leeches and the card browser', () => {
	test('a card lapsed 8 times is listed as a leech with its lesson section and suspended, then never studied; a card that becomes one in a session is named', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 800 });
		await openTrainer(page, 'en');
		expect(await importFile(page, leechBackup(new Date()))).toContain('Imported');
		await expect(dueCount(page)).toHaveText('2');

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
		await expect(dueCount(page)).toHaveText('1');

		// Stored: after a reload it is still suspended. A session on its deck shows the other due card, then a new
		// card: the suspended one, overdue, would come before any new card.
		await openTrainer(page, 'en');
		await expect(dueCount(page)).toHaveText('1');
		await openTrainer(page, 'en', 'transfer-learning');
		await expect(page.locator('.trainer-card')).toHaveAttribute('data-key', NEARLY);
		await answerByKeyboard(page, '1');
		await expect(page.locator('[data-part="live"]')).toContainText('This card is now a leech: you have forgotten it 8 times.');
		const next = page.locator('.trainer-card');
		await expect(next).toBeVisible();
		expect(await next.getAttribute('data-key')).not.toMatch(new RegExp(`^(${LEECH}|${NEARLY})$`));
		await page.getByRole('button', { name: 'End session' }).click();
		const summary = page.locator('[data-part="summary-body"]');
		await expect(summary).toContainText('Cards that became leeches in this session');
		await expect(summary.getByRole('listitem')).toHaveText(`${NEARLY_TEXT} Read the lesson section`);
		await expect(summary.getByRole('link', { name: 'Read the lesson section' })).toHaveAttribute('href', '/en/strategies/transfer-learning/#feature-extraction');
		expect(await axeViolations(page, '[data-part="summary"]')).toEqual([]);
	});

	test('a suspension is counted as a card change, not an answer: in the export and in the question an older file asks', async ({ page }) => {
		await openTrainer(page, 'en', 'transfer-learning');
		const { key } = await answerByKeyboard(page, '3');
		const before = await exportBackup(page);
		await openPanel(page, 'cards');
		const panel = page.locator('[data-part="cards-body"]');
		await panel.getByLabel('Deck', { exact: true }).selectOption({ label: 'Transfer learning' });
		await panel.locator(`tr[data-card="${key}"]`).getByRole('button', { name: /^Suspend: / }).click();
		await expect(panel.locator(`tr[data-card="${key}"]`).getByRole('button', { name: /^Unsuspend: / })).toBeVisible();
		expect((await exportBackup(page)).reviews).toHaveLength(2);
		await expect(page.locator('.trainer-backup-status')).toHaveText(/ Cards: 1, answers: 1, card changes \(suspend, unsuspend, reset\): 1\.$/);
		expect(await importFile(page, { name: 'before.json', text: JSON.stringify(before) })).toMatch(/^Card changes \(suspend, unsuspend, reset\) in your progress that this file does not have: 1\. Importing/);
	});

	test('the card list redrawn after saved settings leaves its status alone: "Cards 1 to 9 of 9." is not read out again', async ({ page }) => {
		await openTrainer(page, 'en');
		await openPanel(page, 'cards');
		const panel = page.locator('[data-part="cards-body"]');
		await expect(panel.getByRole('status')).toContainText(/Cards 1 to \d+ of \d+\./);
		await panel.evaluate((body) => {
			const counts = { status: 0, list: 0 };
			Object.assign(window, { cardListChanges: counts });
			const status = body.querySelector('[role="status"]');
			if (status) new MutationObserver(() => (counts.status += 1)).observe(status, { childList: true, characterData: true, subtree: true });
			// The list is drawn again (a new table) after the status line.
			new MutationObserver((changes) => (counts.list += changes.filter((change) => [...change.addedNodes].some((node) => node instanceof HTMLElement && node.querySelector('table'))).length)).observe(body, { childList: true, subtree: true });
		});
		await page.locator('[data-part="settings-panel"] > summary').click();
		await page.getByRole('button', { name: 'Save settings' }).click();
		await expect(page.locator('[data-part="settings-status"]')).toHaveText('Settings saved.');
		await expect.poll(() => page.evaluate(() => (window as unknown as { cardListChanges: { list: number } }).cardListChanges.list)).toBeGreaterThan(0);
		expect(await page.evaluate(() => (window as unknown as { cardListChanges: { status: number } }).cardListChanges.status)).toBe(0);
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
		await expect(panel.locator('tbody tr th')).toHaveText(NEARLY_TEXT);
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
		// A state no card is in any more: the empty table, its header row off screen at this width, is still a whole table.
		await panel.getByLabel('Show', { exact: true }).selectOption({ label: 'Leech' });
		await expect(status).toHaveText('No card of this deck is in this state.');
		await expect(panel.locator('.trainer-card-table tbody tr')).toHaveCount(0);
		expect(await axeViolations(page, '[data-part="cards"]')).toEqual([]);

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

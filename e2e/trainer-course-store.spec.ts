import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { coursePort } from './servers';
import { answerByKeyboard, exportBackup, holdTrainerScript, importFile, openTrainer } from './trainer-helpers';

/**
 * Two sites on one origin, as a host serves them: the site at the root (the
 * main build) and the site built with BASE_PATH=/course/ (dist-course),
 * whose requests are answered from its own server. Each keeps its trainer's
 * progress in a store of its own (src/lib/storage/store-name.ts); the
 * /course/ site's first opening copies what the shared store of its earlier
 * versions held (store-copy.ts).
 */
test.describe('one trainer store per base path', () => {
	test.beforeEach(async ({ page, baseURL }) => {
		// On the browser context, so that the trainer's workers are served too.
		await page.context().route(`${baseURL}/course/**`, async (route) => {
			const url = new URL(route.request().url());
			await route.fulfill({ response: await route.fetch({ url: `http://127.0.0.1:${coursePort}${url.pathname}${url.search}` }) });
		});
	});

	test('the /course/ site stores its answers in its own store, not in the shared one', async ({ page }) => {
		await openCourseTrainer(page, 'all');
		await answerByKeyboard(page, '3');
		const names = await databaseNames(page);
		expect(names).toContain('transfer-trainer:/course/');
		expect(names).not.toContain('transfer-trainer');
		expect(await tailLength(page, 'transfer-trainer:/course/')).toBe(1);
		// The page's inline script opens the same store ahead of the trainer's code (src/lib/storage/early-open.ts).
		const release = await holdTrainerScript(page);
		await page.goto('/course/en/practice/trainer/', { waitUntil: 'commit' });
		await page.waitForFunction(() => 'transferTrainerEarlyOpen' in window);
		const early = await page.evaluate(async () => (await (window as unknown as { transferTrainerEarlyOpen: Promise<{ database: IDBDatabase } | undefined> }).transferTrainerEarlyOpen)?.database.name);
		expect(early).toBe('transfer-trainer:/course/');
		release();
		await expect(page.locator('[data-part="loading"]')).toBeHidden();
		await expect(page.locator('[data-part="copied"]')).toBeHidden();
		await expect(learning(page)).toHaveText('1');
	});

	test("the shared store's progress is copied into the /course/ site's store once, and said; from then on studying or importing in one site leaves the other's as it was", async ({ page }) => {
		// The shared store, as the site at the root (and every site before this version) writes it, and its last export.
		await openTrainer(page, 'en', 'all');
		await answerByKeyboard(page, '3');
		await answerByKeyboard(page, '3');
		const exportedAt = new Date().toISOString();
		await page.evaluate((time) => localStorage.setItem('transfer-trainer:last-export', time), exportedAt);
		await openTrainer(page, 'en');
		const rootNew = await newCount(page);
		await expect(learning(page)).toHaveText('2');

		await openCourseTrainer(page);
		const copied = page.locator('[data-part="copied"]');
		await expect(copied).toBeVisible();
		await expect(copied).toHaveText(/^Your progress from this site's earlier version was copied here\./);
		await expect(learning(page)).toHaveText('2');
		expect(await newCount(page)).toBe(rootNew);
		// The backup reminder reads the earlier version's last export, kept now under the site's own key.
		await expect(page.locator('[data-part="reminder"]')).toBeHidden();
		expect(await page.evaluate(() => localStorage.getItem('transfer-trainer:/course/:last-export'))).toBe(exportedAt);
		await openCourseTrainer(page);
		await expect(copied).toBeHidden();

		// Studying in /course/ counts against its own daily limit only.
		await openCourseTrainer(page, 'all');
		await answerByKeyboard(page, '3');
		await openCourseTrainer(page);
		await expect(learning(page)).toHaveText('3');
		expect(await newCount(page)).toBe(rootNew - 1);
		await openTrainer(page, 'en');
		await expect(learning(page)).toHaveText('2');
		expect(await newCount(page)).toBe(rootNew);

		// An import in /course/ (through the import worker) replaces that site's history only.
		await openCourseTrainer(page);
		const course = await exportBackup(page);
		expect(await importFile(page, { name: 'empty.json', text: JSON.stringify({ ...course, cards: [], reviews: [] }) }, { replace: true })).toContain('Imported. Cards: 0, reviews: 0.');
		await openCourseTrainer(page);
		await expect(learning(page)).toHaveText('0');
		await openTrainer(page, 'en');
		await expect(learning(page)).toHaveText('2');
		expect((await exportBackup(page)).reviews).toHaveLength(2);
	});
});

async function openCourseTrainer(page: Page, deck?: string): Promise<void> {
	await page.goto(`/course/en/practice/trainer/${deck ? `?deck=${deck}` : ''}`);
	await expect(page.locator('[data-part="loading"]')).toBeHidden();
}

const learning = (page: Page) => page.locator('[data-deck="all"] [data-count="learning"]');

async function newCount(page: Page): Promise<number> {
	const cell = page.locator('[data-deck="all"] [data-count="new"]');
	await expect(cell).toHaveText(/^\d+$/);
	return Number(await cell.textContent());
}

function databaseNames(page: Page): Promise<string[]> {
	return page.evaluate(async () => (await indexedDB.databases()).map(({ name }) => name ?? ''));
}

/** How many answers wait in the log's tail of the database `name` (each answer is one, until 100 are filed). */
function tailLength(page: Page, name: string): Promise<number> {
	return page.evaluate(
		(database) =>
			new Promise<number>((resolve, reject) => {
				const request = indexedDB.open(database);
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const count = request.result.transaction('logTail').objectStore('logTail').count();
					count.onsuccess = () => {
						request.result.close();
						resolve(count.result);
					};
					count.onerror = () => reject(count.error);
				};
			}),
		name,
	);
}

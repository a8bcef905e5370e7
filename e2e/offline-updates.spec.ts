import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, expect, test } from './fixtures';
import { answerCards, offlineStatus, waitUntilKept } from './offline-helpers';
import { mainDist } from './pages';
import { mainPort } from './servers';
import { answerByKeyboard, exportBackup, showAnswerByKeyboard } from './trainer-helpers';

/**
 * Updates after a first visit: a new build of the site is announced, never
 * taken by itself, and taken when the learner says so with nothing in
 * flight lost.
 */
test.use({ serviceWorkers: 'allow' });

test.describe('updates', () => {
	test.setTimeout(180_000);
	// Both tests give the one copy of the site a new build: one after the other.
	test.describe.configure({ mode: 'default' });
	// A copy of the site on a server of this test's own, so the test can change what it serves.
	const port = mainPort + 300;
	let site = '';
	let server: ChildProcess | undefined;

	test.beforeAll(async () => {
		site = mkdtempSync(join(tmpdir(), 'offline-update-'));
		cpSync(mainDist, site, { recursive: true });
		server = spawn(process.execPath, ['scripts/serve.mjs', site, String(port), '/'], { stdio: ['ignore', 'pipe', 'inherit'] });
		await new Promise((resolve) => server?.stdout?.once('data', resolve));
	});

	test.afterAll(() => {
		server?.kill();
		rmSync(site, { recursive: true, force: true });
	});

	test('a new build is announced, never reloads by itself, and accepting mid-session loses no answer', async ({ page }) => {
		const origin = `http://127.0.0.1:${port}`;
		await page.goto(`${origin}/en/practice/trainer/`);
		await waitUntilKept(page, ['core', 'en']);
		const before = (await offlineStatus(page)).build;
		await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
		await answerCards(page, 2);

		// A new build: its worker differs (here, by its build id).
		const worker = join(site, 'sw.js');
		writeFileSync(worker, readFileSync(worker, 'utf8').replace(before, 'a-newer-build'));
		// The learner comes back to the tab: the page looks for a new build.
		await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
		const banner = page.locator('.site-update');
		await expect(banner.getByRole('status')).toHaveText('A new version is ready.');
		expect(await axeViolations(page)).toEqual([]);

		// The session goes on under the announcement, and nothing reloads.
		await answerByKeyboard(page, '3');
		await page.waitForTimeout(1000);
		expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
		expect((await offlineStatus(page)).build).toBe(before);

		// Rate a card and accept the update in the same moment: the answer is still being written when the reload starts.
		const rated = await showAnswerByKeyboard(page);
		const reloaded = page.waitForEvent('load');
		await page.evaluate(() => {
			document.querySelector<HTMLButtonElement>('.trainer-rating.is-offered')?.click();
			document.querySelector<HTMLButtonElement>('.site-update button')?.click();
		});
		await reloaded;
		await expect(page.locator('[data-part="loading"]')).toBeHidden();
		expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBeUndefined();
		expect((await offlineStatus(page)).build).toBe('a-newer-build');
		const backup = await exportBackup(page);
		expect(backup.reviews).toHaveLength(4);
		expect(backup.reviews.at(-1)?.key).toBe(rated.key);
		await expect(banner).toHaveCount(0);
	});

	test.describe('on a phone', () => {
		test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });

		test('the announcement leaves the rating buttons in reach, and “Not now” by keyboard returns the focus where it came from (Turkish)', async ({ page }) => {
			const origin = `http://127.0.0.1:${port}`;
			await page.goto(`${origin}/tr/practice/trainer/`);
			await waitUntilKept(page, ['core', 'tr']);
			const build = (await offlineStatus(page)).build;
			await page.locator('[data-part="deck-rows"] button').first().click();
			await showAnswerByKeyboard(page);

			const worker = join(site, 'sw.js');
			writeFileSync(worker, readFileSync(worker, 'utf8').replace(build, `${build}-phone`));
			await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
			const banner = page.locator('.site-update');
			await expect(banner.getByRole('status')).toHaveText('Yeni bir sürüm hazır.');
			const covered = await page.locator('.trainer-rating').evaluateAll((buttons) =>
				buttons.flatMap((button) => {
					const box = button.getBoundingClientRect();
					const onTop = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
					return button.contains(onTop) ? [] : [`${button.textContent} is under ${onTop?.closest('.site-update') ? 'the announcement' : onTop?.tagName}`];
				}),
			);
			expect(covered).toEqual([]);

			// By keyboard: Tab through the page to the announcement, "Not now", and the keyboard is back where it came from.
			const focused = () => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
			let cameFrom = await focused();
			for (let presses = 0; presses < 50 && !(await banner.evaluate((element) => element.contains(document.activeElement))); presses++) {
				cameFrom = await focused();
				await page.keyboard.press('Tab');
			}
			await expect(banner.getByRole('button', { name: 'Yeniden yükle' })).toBeFocused();
			await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			await expect(banner).toHaveCount(0);
			expect(await focused()).toBe(cameFrom);
			const rated = await page.locator('.trainer-card').elementHandle();
			await page.locator('.trainer-rating.is-offered').tap();
			await rated?.waitForElementState('hidden');
			await expect(page.locator('[data-part="live"]')).toContainText('olarak kaydedildi');
		});
	});
});

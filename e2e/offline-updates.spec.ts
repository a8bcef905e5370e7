import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
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

/**
 * Rebuilds the site in `site` as a real new build looks to a page of the
 * old one: every script has a new name (its hash), so the old names are
 * no longer served, and every kept file a new revision, which the new
 * worker fetches while it installs and drops the old of once in charge.
 */
function rebuildSite(site: string, build: string, next: string): void {
	const scripts = readdirSync(join(site, '_astro')).filter((name) => name.endsWith('.js'));
	const renamed = new Map(scripts.map((name) => [name, name.replace(/\.js$/, `${next.replace(/\W/g, '')}.js`)]));
	for (const [name, newName] of renamed) renameSync(join(site, '_astro', name), join(site, '_astro', newName));
	const oldNames = new RegExp(`(?<=/|\\./)(?:${[...renamed.keys()].map((name) => name.replace(/[.]/g, '\\.')).join('|')})`, 'g');
	const rewrite = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) rewrite(path);
			else if (['.html', '.js', '.json'].includes(extname(entry.name))) {
				const text = readFileSync(path, 'utf8');
				const changed = text.replace(oldNames, (name) => renamed.get(name) ?? name);
				if (changed !== text) writeFileSync(path, changed);
			}
		}
	};
	rewrite(site);
	const worker = join(site, 'sw.js');
	writeFileSync(worker, readFileSync(worker, 'utf8').replace(build, next).replace(/revision:`(\w+)`/g, `revision:\`$1${next}\``));
}

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

	test('a tab left open over an update that another tab accepted says a new version is in place, not that it is offline (trainer, search, a lesson’s lab), and its Reload button (by keyboard) loads it', async ({ page, context }) => {
		const origin = `http://127.0.0.1:${port}`;
		await page.goto(`${origin}/en/practice/trainer/`);
		await waitUntilKept(page, ['core', 'en']);
		const before = (await offlineStatus(page)).build;
		// A lesson read up to above its lab: the lab's code has not loaded yet.
		const lesson = await context.newPage();
		await lesson.goto(`${origin}/tr/strategies/transfer-learning/`);
		await expect.poll(() => lesson.evaluate(() => customElements.get('transfer-lab') === undefined && document.readyState)).toBe('complete');

		rebuildSite(site, before, `${before}-rebuilt`);
		const other = await context.newPage();
		await other.goto(`${origin}/en/practice/trainer/`);
		for (const tab of [page, other]) await tab.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
		await expect(page.locator('.site-update').getByRole('status')).toHaveText('A new version is ready.');
		await page.locator('.site-update').getByRole('button', { name: 'Not now' }).click();
		const reloaded = other.waitForEvent('load');
		await other.locator('.site-update').getByRole('button', { name: 'Reload' }).click();
		await reloaded;
		// The new build's worker is in charge of this tab too, and has dropped the old build's files.
		await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
		expect((await offlineStatus(page)).build).toBe(`${before}-rebuilt`);
		expect(await page.evaluate(() => navigator.onLine)).toBe(true);

		const replaced = 'A new version of the site is in place, and this page still runs the old one, which can no longer load this part. Reload the page to load the new version; your answers are saved.';
		const study = page.locator('[data-part="deck-rows"] button').first();
		await study.click();
		await expect(page.locator('[data-part="alert"]')).toHaveText(replaced);
		await expect(page.locator('[data-part="decks"]')).toBeVisible();
		const stats = page.locator('[data-part="stats"]');
		await stats.locator('> summary').click();
		await expect(stats.getByRole('status')).toContainText(replaced);
		await expect(stats.getByRole('button', { name: 'Reload' })).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);

		await page.keyboard.press('Control+k');
		const searchNotice = page.getByRole('dialog').locator('.search-replaced');
		await expect(searchNotice).toHaveText('A new version of the site is in place, and this page still runs the old one, which can no longer load search. Reload the page to load the new version. Reload');
		await expect(searchNotice).toBeFocused();
		await expect(page.getByRole('dialog').locator('.search-needs-network')).toBeHidden();
		await page.keyboard.press('Escape');

		await lesson.locator('#try-it').scrollIntoViewIfNeeded();
		const labError = lesson.locator('transfer-lab [data-part="error"]');
		await expect(labError).toContainText('Sitenin yeni bir sürümü yayımlandı; bu sayfa hâlâ eski sürümü çalıştırıyor ve laboratuvarı artık yükleyemiyor.');
		await expect(labError.getByRole('button', { name: 'Yeniden yükle' })).toBeVisible();
		await lesson.close();

		// From the deck the learner tried to study, the keyboard goes back up to the alert's Reload button.
		await study.focus();
		const reload = page.locator('[data-part="reload"]');
		for (let presses = 0; presses < 20 && !(await reload.evaluate((button) => button === document.activeElement)); presses++) await page.keyboard.press('Shift+Tab');
		await expect(reload).toBeFocused();
		const loaded = page.waitForEvent('load');
		await page.keyboard.press('Enter');
		await loaded;
		await expect(page.locator('[data-part="loading"]')).toBeHidden();
		expect((await offlineStatus(page)).build).toBe(`${before}-rebuilt`);
		await answerCards(page, 1);
		expect((await exportBackup(page)).reviews).toHaveLength(1);
		await other.close();
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

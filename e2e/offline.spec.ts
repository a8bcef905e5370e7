import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { answerCards, offlineStatus, waitUntilKept } from './offline-helpers';
import { searchFor } from './search-helpers';
import { builtPages, mainDist } from './pages';
import { courseUrl } from './servers';
import { answerByKeyboard, exportBackup, openTrainer } from './trainer-helpers';

/**
 * Offline-first: after one visit to a locale the whole locale works without
 * a connection (context.setOffline), the lab after its first run, and a new
 * build is announced and taken only when the learner says so.
 */
test.use({ serviceWorkers: 'allow' });

test.describe('offline after one visit', () => {
	test.setTimeout(180_000);

	test('every page of the locale, its search, the trainer with statistics and export; the other locale is not forced', async ({ page, context }) => {
		await page.goto('/en/');
		await waitUntilKept(page, ['core', 'en']);
		const status = await offlineStatus(page);
		expect(status.packs['tr']?.kept).toBe(false);
		expect(status.packs['lab']?.kept).toBe(false);

		await context.setOffline(true);
		const pages = builtPages(mainDist, 'en');
		expect(pages.length).toBeGreaterThan(5);
		for (const path of pages) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(200);
			expect(response?.fromServiceWorker(), path).toBe(true);
			await expect(page.locator('h1').first()).toBeVisible();
		}
		// Figures and styles come from the cache too.
		await page.goto('/en/strategies/transfer-learning/');
		const figures = page.locator('.sl-markdown-content img');
		expect(await figures.count()).toBeGreaterThan(0);
		// Brought into view first: a lazy figure far down the page is not fetched before.
		for (const figure of await figures.all()) {
			await figure.scrollIntoViewIfNeeded();
			await expect.poll(() => figure.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
		}
		expect(await page.evaluate(() => [...document.styleSheets].filter((sheet) => sheet.href).every((sheet) => sheet.cssRules.length > 0))).toBe(true);

		await page.goto('/en/');
		expect((await searchFor(page, 'dropout')).every((href) => href.startsWith('/en/'))).toBe(true);

		await openTrainer(page, 'en');
		await answerCards(page, 2);
		await page.reload();
		await expect(page.locator('[data-part="loading"]')).toBeHidden();
		const stats = page.locator('[data-part="stats"]');
		await stats.locator('> summary').click();
		await expect(stats.locator('canvas')).toHaveCount(2);
		expect((await exportBackup(page)).reviews).toHaveLength(2);

		// The other locale was never visited: its pages say, in Turkish, that they need the connection,
		// and link to the start page that is kept (its own, like the default locale's, once led to this page again).
		const turkish = await page.goto('/tr/glossary/');
		expect(turkish?.status()).toBe(503);
		await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Çevrimdışısınız');
		await expect(page.getByRole('link')).toHaveCount(1);
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('link', { name: 'Go to the start page (English)' }).click();
		await expect(page).toHaveURL(/\/en\/$/);
		await expect(page.getByRole('heading', { level: 1 }).first()).not.toHaveText('You are offline');
	});

	test('under a base path (/course/) as well', async ({ page, context }) => {
		await page.goto(`${courseUrl}tr/`);
		await waitUntilKept(page, ['core', 'tr']);
		await context.setOffline(true);
		for (const path of builtPages('dist-course', 'tr')) {
			const response = await page.goto(`${courseUrl}${path.slice(1)}`);
			expect(response?.status(), path).toBe(200);
		}
		// Typed as people type addresses: without the final slash, or naming the file.
		for (const [typed, address] of [['tr', 'tr/'], ['tr/glossary', 'tr/glossary/'], ['tr/practice/trainer/index.html', 'tr/practice/trainer/']]) {
			const response = await page.goto(`${courseUrl}${typed}`);
			expect(response?.status(), typed).toBe(200);
			expect(page.url()).toBe(`${courseUrl}${address}`);
			await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
			await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Çevrimdışısınız');
		}
		await page.goto(`${courseUrl}tr/`);
		expect((await searchFor(page, 'sönümleme')).every((href) => href.startsWith('/course/tr/'))).toBe(true);
		await page.goto(`${courseUrl}tr/practice/trainer/`);
		await expect(page.locator('[data-part="loading"]')).toBeHidden();
		await page.locator('[data-part="deck-rows"] button').first().click();
		await answerByKeyboard(page, '3');
	});
});

test.describe('connection lost before anything was kept', () => {
	// No service worker: the code of a session and of the panels has to come from the network.
	test.use({ serviceWorkers: 'block' });

	test('the trainer says what needs the network, and loads it when the connection returns, without a reload', async ({ page, context }) => {
		await openTrainer(page, 'en');
		await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
		await context.setOffline(true);
		await page.locator('[data-part="deck-rows"] button').first().click();
		const alert = page.locator('[data-part="alert"]');
		await expect(alert).toHaveText(/needs the internet this once/);
		await expect(page.locator('[data-part="decks"]')).toBeVisible();
		const stats = page.locator('[data-part="stats"]');
		await stats.locator('> summary').click();
		await expect(stats.getByRole('status')).toHaveText(/needs the internet this once/);

		await context.setOffline(false);
		await expect(page.locator('.trainer-card')).toBeVisible();
		await expect(alert).toBeHidden();
		await expect(stats.locator('canvas')).toHaveCount(2);
		await expect(stats.getByRole('status')).toBeHidden();
		await answerByKeyboard(page, '3');
		expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
	});

	test('search says it needs the network while it cannot answer, and opens once the connection returns, without a reload (Turkish, keyboard)', async ({ page, context }) => {
		await page.goto('/tr/');
		await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
		await context.setOffline(true);
		await expect(page.locator('button[data-open-modal]')).toBeEnabled();
		await page.keyboard.press('Control+k');
		const dialog = page.getByRole('dialog');
		await expect(dialog.getByRole('status')).toHaveText('Aramanın bir kez yüklenmesi için internet gerekiyor. Yeniden bağlandığınızda kendiliğinden açılır.');

		// Pagefind's interface starts fetching its index as soon as it is built: that fetch is held, and fails once offline.
		// (Pagefind's worker, whose requests the test cannot hold, is refused: Pagefind then fetches from the page.)
		let failIndexFetch: (() => Promise<void>) | undefined;
		await page.route('**/pagefind-worker.js*', (route) => route.abort());
		await page.route('**/pagefind-entry.json?*', (route) => void (failIndexFetch = () => route.abort('internetdisconnected')));
		await context.setOffline(false);
		await expect(dialog.locator('#starlight__search input')).toBeFocused();
		await expect(dialog.getByRole('status')).toBeHidden();

		// Offline again, the locale still not kept: the notice instead of a field that would stay on "Searching…" for good;
		// back online, a field that answers.
		await context.setOffline(true);
		await expect(dialog.getByRole('status')).toBeFocused();
		await expect(dialog.locator('#starlight__search')).toBeHidden();
		await expect.poll(() => failIndexFetch !== undefined).toBe(true);
		await failIndexFetch?.();
		await page.unroute('**/pagefind-entry.json?*');
		await context.setOffline(false);
		await expect(dialog.locator('#starlight__search input')).toBeFocused();
		await page.keyboard.type('aktarım');
		await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 30_000 });
		expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
	});

	test('decks that could not be fetched: the trainer says so, and shows them once the connection returns', async ({ page, context }) => {
		await page.route('**/decks.json', (route) => route.abort('internetdisconnected'));
		await page.goto('/en/practice/trainer/?deck=regularization');
		const alert = page.locator('[data-part="alert"]');
		await expect(alert).toHaveText('The decks need the internet this once, to load. They appear by themselves as soon as you are back online.');
		await page.unroute('**/decks.json');
		await context.setOffline(true);
		await context.setOffline(false);
		await expect(page.locator('.trainer-card')).toBeVisible();
		await expect(alert).toBeHidden();
	});
});

test.describe('service worker', () => {
	test("the site's offline code, due while the connection is down, comes once it returns", async ({ page, context }) => {
		await page.clock.install();
		await page.goto('/en/');
		await context.setOffline(true);
		// Past the quiet seconds after load at which the page fetches the code that registers the service worker.
		await page.clock.runFor(10_000);
		const registered = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
		expect(await registered()).toBe(false);
		await context.setOffline(false);
		await expect.poll(registered).toBe(true);
	});
});

test.describe('lab offline', () => {
	test.setTimeout(300_000);

	/** Scrolls to the lab's Run button, as a learner comes to the lab: its offline status loads then. */
	async function reachLab(page: Page): Promise<void> {
		await page.locator('transfer-lab [data-part="run"]').scrollIntoViewIfNeeded();
	}

	/** The smallest run the form allows: custom settings, the fewest images, one method. */
	async function runSmallest(page: Page): Promise<string> {
		const lab = page.locator('transfer-lab').first();
		await lab.locator('input[name$="-experiment"][value="custom"]').check();
		await lab.locator('[data-part="amounts"]').fill('10');
		const methods = lab.locator('input[type="checkbox"][name$="-method"]');
		for (let index = 1; index < (await methods.count()); index++) await methods.nth(index).uncheck();
		const next = String(Number((await lab.getAttribute('data-run-count')) ?? 0) + 1);
		await lab.locator('[data-part="run"]').click();
		await expect(lab).toHaveAttribute('data-run-count', next, { timeout: 200_000 });
		return (await lab.getAttribute('data-state')) ?? '';
	}

	test('runs offline after its first run', async ({ page, context }) => {
		await page.goto('/en/practice/lab/');
		await waitUntilKept(page, ['core', 'en']);
		await reachLab(page);
		const keep = page.getByRole('button', { name: /Make the lab available offline \(\d+(\.\d)? MB\)/ });
		await expect(keep).toBeVisible();
		expect(await runSmallest(page)).toBe('done');
		await expect(page.locator('lab-offline [role="status"]')).toHaveText('The lab works offline on this device.');
		await expect(keep).toBeHidden();

		await context.setOffline(true);
		await page.reload();
		await reachLab(page);
		await expect(page.locator('lab-offline [role="status"]')).toHaveText('The lab works offline on this device.');
		expect(await runSmallest(page)).toBe('done');
		await expect(page.locator('transfer-lab [data-part="notice"]')).toBeHidden();
	});

	test('is saved on request, its size shown first, and then runs offline', async ({ page, context }) => {
		await page.goto('/tr/practice/lab/');
		await waitUntilKept(page, ['core', 'tr']);
		await reachLab(page);
		const keep = page.getByRole('button', { name: /Laboratuvarı çevrimdışı kullanıma aç \(\d+(,\d)? MB\)/ });
		await keep.focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('lab-offline [role="status"]')).toHaveText('Laboratuvar bu cihazda çevrimdışı çalışır.');
		await context.setOffline(true);
		await page.reload();
		expect(await runSmallest(page)).toBe('done');
	});

	test("a lab loads its offline code only once the learner reaches it: a lesson's, saved on request, and the lab page's on a phone", async ({ page }) => {
		const labOfflineCode: string[] = [];
		page.on('request', (request) => {
			if (/\/_astro\/lab-offline\.[^/]+\.js$/.test(request.url())) labOfflineCode.push(request.url());
		});
		await page.goto('/en/strategies/transfer-learning/');
		await waitUntilKept(page, ['core', 'en']);
		expect(labOfflineCode).toEqual([]);

		await page.locator('#try-it').scrollIntoViewIfNeeded();
		const keep = page.getByRole('button', { name: /Make the lab available offline \(\d+(\.\d)? MB\)/ });
		await keep.focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('lab-offline [role="status"]')).toHaveText('The lab works offline on this device.');
		expect(labOfflineCode).toHaveLength(1);

		// On a phone the lab page's lab starts below the first screen.
		await page.setViewportSize({ width: 360, height: 640 });
		await page.goto('/en/practice/lab/');
		await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
		expect(labOfflineCode).toHaveLength(1);
		await reachLab(page);
		await expect(page.locator('lab-offline [role="status"]')).toHaveText('The lab works offline on this device.');
		expect(labOfflineCode).toHaveLength(2);
	});

	test('says it needs the network while offline and not yet saved, and so does Run at once; once the connection returns, Run works without a reload', async ({ page, context }) => {
		await page.goto('/en/practice/lab/');
		await waitUntilKept(page, ['core', 'en']);
		await context.setOffline(true);
		await page.reload();
		await reachLab(page);
		await expect(page.locator('lab-offline [role="status"]')).toHaveText(/You are offline\. The lab needs the internet/);
		await expect(page.getByRole('button', { name: /Make the lab available offline/ })).toBeDisabled();

		// Before the fix the workers, built offline, died unheard and the lab stayed on "Loading…" even once back online.
		expect(await runSmallest(page)).toBe('error');
		await expect(page.locator('transfer-lab [data-part="error"]')).toHaveText('You are offline. The lab needs the internet until it has run once or been saved for offline use: connect and press “Run experiment” again.');
		await expect(page.locator('transfer-lab [data-part="run"]')).toBeEnabled();
		await expect(page.locator('transfer-lab [data-part="cancel"]')).toBeDisabled();

		await context.setOffline(false);
		expect(await runSmallest(page)).toBe('done');
		await expect(page.locator('transfer-lab [data-part="notice"]')).toBeHidden();
		await expect(page.locator('transfer-lab [data-part="error"]')).toBeHidden();
	});
});

test.describe('installable', () => {
	for (const [locale, base] of [
		['en', '/'],
		['tr', '/course/'],
	] as const) {
		test(`${locale} under ${base}: a manifest in the locale, linked from its pages, with icons; Chromium can install it`, async ({ playwright, baseURL }) => {
			// Chromium never offers to install from an incognito profile, which is what Playwright's contexts are.
			const profile = mkdtempSync(join(tmpdir(), 'offline-profile-'));
			const context = await playwright.chromium.launchPersistentContext(profile, { ...test.info().project.use.launchOptions, ...(baseURL ? { baseURL } : {}) });
			try {
				const page = context.pages()[0] ?? (await context.newPage());
				await page.goto(base === '/' ? `/${locale}/` : `${courseUrl}${locale}/`);
				const href = await page.locator('link[rel="manifest"]').getAttribute('href');
				expect(href).toBe(`${base}${locale}/manifest.webmanifest`);
				const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), href!);
				expect(manifest).toMatchObject({ lang: locale, dir: 'ltr', start_url: `${base}${locale}/`, scope: `${base}${locale}/`, theme_color: '#2563eb' });
				expect(manifest.name).toBe(locale === 'en' ? 'Transfer Learning Trainer' : 'Öğrenme Aktarması Eğitmeni');
				const pixels = (src: string) =>
					page.evaluate(async (url) => {
						const image = new Image();
						image.src = url;
						await image.decode();
						return `${image.naturalWidth}x${image.naturalHeight}`;
					}, src);
				for (const icon of manifest.icons as { src: string; sizes: string }[]) expect(await pixels(icon.src), icon.src).toBe(icon.sizes);
				// The tab's icon is a PNG drawn from the logo, under the base (an SVG costs the page's main thread a document).
				const favicon = await page.locator('link[rel~="icon"]').getAttribute('href');
				expect(favicon).toBe(`${base}icons/favicon-48.png`);
				expect(await pixels(favicon!)).toBe('48x48');
				const cdp = await context.newCDPSession(page);
				const { errors } = (await cdp.send('Page.getAppManifest')) as { errors: unknown[] };
				expect(errors).toEqual([]);
				const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
				expect(installabilityErrors).toEqual([]);
			} finally {
				await context.close();
				rmSync(profile, { recursive: true, force: true });
			}
		});
	}
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, FrameLocator, Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { mainPort } from './servers';
import { answerByKeyboard, importFile, openTrainer, readDownload } from './trainer-helpers';

/**
 * The site inside a course platform on another site. The test serves the
 * "course page" itself, at http://localhost:<free port>/, with a frame on
 * the built site at http://127.0.0.1:<E2E_PORT>/: different hosts, so
 * different sites, and both on the loopback address, so Chromium's local
 * network checks let the frame load (a page fulfilled by page.route would
 * count as public and the frame would be blocked).
 *
 * Storage in the frame, in Chromium 156:
 * - Playwright's defaults (an off-the-record context, which blocks third-party
 *   cookies, and the ThirdPartyStoragePartitioning feature disabled by
 *   Playwright, microsoft/playwright#32230): IndexedDB refuses to open with
 *   "The user denied permission to access the database", as for a learner
 *   whose browser blocks third-party cookies.
 * - Launched with a `--disable-features` switch of our own: Chromium keeps
 *   only the last such switch, so Playwright's list, and with it the disabled
 *   partitioning, is gone; Chromium's default then applies, partitioned
 *   storage: a fresh store of the frame's own, apart from the site's.
 * Chromium offers `document.requestStorageAccess` in both cases and, for a
 * site the learner never interacted with, refuses it without a prompt.
 */
let coursePage: Server;
let courseUrl = '';

test.beforeAll(async () => {
	coursePage = createServer((request, response) => {
		const path = new URL(request.url ?? '/', 'http://localhost').searchParams.get('path') ?? '/';
		const src = new URL(path, `http://127.0.0.1:${mainPort}`).href.replace(/"/g, '&quot;');
		response.setHeader('content-type', 'text/html; charset=utf-8');
		// axe judges this page with the framed one, whose main landmark has no name: this one is named, so the two differ.
		response.end(
			`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A course</title></head>` +
				`<body><main aria-labelledby="course-title"><h1 id="course-title">A course</h1><iframe title="Trainer" src="${src}" style="width: 100%; height: 85vh; border: 0"></iframe></main></body></html>`,
		);
	});
	await new Promise<void>((resolve) => coursePage.listen(0, '127.0.0.1', resolve));
	courseUrl = `http://localhost:${(coursePage.address() as AddressInfo).port}/`;
});

test.afterAll(() => new Promise<void>((resolve) => coursePage.close(() => resolve())));

/** Opens the course page framing `path` of the site; returns the frame. */
async function framed(page: Page, path: string): Promise<FrameLocator> {
	await page.goto(`${courseUrl}?path=${encodeURIComponent(path)}`);
	return page.frameLocator('iframe');
}

const texts = {
	en: { heading: 'Progress in this frame', newTab: 'Open the trainer in a new tab', ask: 'Allow access to my progress', refused: 'Your browser did not allow access.' },
	tr: { heading: 'Bu çerçevedeki ilerleme', newTab: 'Aracı yeni sekmede aç', ask: 'İlerlememe erişime izin ver', refused: 'Tarayıcınız erişime izin vermedi.' },
};

// Each test frames pages, runs axe and opens tabs: more than the default minute on a busy machine.
test.describe.configure({ timeout: 180_000 });

test.describe('storage refused in a cross-site frame', () => {
	for (const locale of ['en', 'tr'] as const) {
		test(`the trainer explains, asks for access and offers a tab of its own (${locale})`, async ({ page }) => {
			const text = texts[locale];
			const frame = await framed(page, `/${locale}/practice/trainer/`);
			const notice = frame.locator('[data-part="embedded"]');
			await expect(notice.getByRole('heading', { name: text.heading })).toBeVisible();
			await expect(notice.locator('[data-part="embedded-denied"]')).toBeVisible();
			await expect(notice.locator('[data-part="embedded-partitioned"]')).toBeHidden();
			await expect(frame.locator('[data-part="decks"]')).toBeHidden();
			await expect(frame.locator('body')).not.toContainText('denied permission');

			// Asked before axe runs: axe's helper page, opened and closed just before the press, sometimes left
			// Chromium never answering the request (seen in CI, and once in 45 tries alone).
			await notice.getByRole('button', { name: text.ask }).click();
			// Chromium decides on the request (a permission check) in the browser process: seconds when the machine is busy.
			await expect(notice.getByRole('status')).toContainText(text.refused, { timeout: 30_000 });
			expect(await axeViolations(page)).toEqual([]);

			const link = notice.getByRole('link', { name: text.newTab });
			await expect(link).toHaveAttribute('href', `/${locale}/practice/trainer/`);
			const opening = page.waitForEvent('popup');
			await link.click();
			const tab = await opening;
			await expect(tab).toHaveURL(`http://127.0.0.1:${mainPort}/${locale}/practice/trainer/`);
			await expect(tab.locator('[data-part="loading"]')).toBeHidden();
			await expect(tab.locator('[data-deck="all"] [data-count="new"]')).toHaveText(/^\d+$/);
			await expect(tab.locator('[data-part="embedded"]')).toBeHidden();
		});
	}

	test('lesson pages and the lab keep working in the frame', async ({ page }) => {
		test.setTimeout(300_000);
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		const lesson = await framed(page, '/en/strategies/transfer-learning/');
		await expect(lesson.locator('h1')).toHaveText('Transfer learning');
		await lesson.locator('starlight-theme-select select').first().selectOption('dark');
		await expect(lesson.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect(errors).toEqual([]);

		// The smallest run that still needs the engine, its wasm and the pretrained model: ten images, the linear probe.
		const lab = (await framed(page, '/en/practice/lab/?task=letters&amounts=10&methods=linear-probe')).locator('transfer-lab').first();
		await lab.locator('[data-part="run"]').click();
		await expect(lab).toHaveAttribute('data-run-count', '1', { timeout: 200_000 });
		await expect(lab).toHaveAttribute('data-state', 'done');
		expect(errors).toEqual([]);
	});
});

test.describe('partitioned storage in a cross-site frame', () => {
	let browser: Browser;

	test.beforeAll(async ({ playwright, launchOptions }) => {
		// Our own --disable-features replaces Playwright's (see above); HttpsUpgrades stays off as Playwright has it.
		browser = await playwright.chromium.launch({ ...launchOptions, args: [...(launchOptions.args ?? []), '--disable-features=HttpsUpgrades'] });
	});

	test.afterAll(() => browser.close());

	test('the trainer works on a store of its own, says so, and carries progress across by export and import', async () => {
		const context = await browser.newContext({ baseURL: `http://127.0.0.1:${mainPort}`, serviceWorkers: 'block' });
		const page = await context.newPage();
		const frame = await framed(page, '/en/practice/trainer/');
		const notice = frame.locator('[data-part="embedded"]');
		await expect(notice.getByRole('heading', { name: texts.en.heading })).toBeVisible();
		for (const part of ['embedded-partitioned', 'embedded-switch', 'embedded-carry']) await expect(notice.locator(`[data-part="${part}"]`)).toBeVisible();
		await expect(notice.locator('[data-part="embedded-denied"]')).toBeHidden();
		await expect(notice.getByRole('link', { name: texts.en.newTab })).toBeVisible();
		await expect(notice.getByRole('button', { name: texts.en.ask })).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);

		// A review in the frame lands in the frame's own store only.
		await expect(frame.locator('[data-part="loading"]')).toBeHidden();
		await frame.locator('[data-deck="all"] button').click();
		// The first card may be a flashcard or a choice: answered by keyboard either way, Again where it is allowed.
		await answerByKeyboard(page.frames().find((inner) => inner !== page.mainFrame())!, '1');
		const direct = await context.newPage();
		await openTrainer(direct, 'en');
		await expect(direct.locator('[data-deck="all"] [data-count="learning"]')).toHaveText('0');

		// Export in the frame, import on the site itself: the review comes along.
		await frame.locator('[data-part="end"]').click();
		await frame.locator('[data-part="backup"] > summary').click();
		const downloading = page.waitForEvent('download');
		await frame.locator('[data-part="backup-body"] button').first().click();
		const text = await readDownload(await downloading);
		expect((JSON.parse(text) as { reviews: unknown[] }).reviews).toHaveLength(1);
		expect(await importFile(direct, { name: 'from-the-frame.json', text })).toContain('Imported. Cards: 1, reviews: 1.');
		await direct.reload();
		await expect(direct.locator('[data-part="loading"]')).toBeHidden();
		await expect(direct.locator('[data-deck="all"] [data-count="learning"]')).toHaveText('1');
		await context.close();
	});
});


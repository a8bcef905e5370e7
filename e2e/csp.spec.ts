import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { mainDist } from './pages';
import { searchFor } from './search-helpers';
import { answerByKeyboard } from './trainer-helpers';

/**
 * The site served with the Content-Security-Policy its build writes
 * (content-security-policy.txt; docs/hosting.md, "Security headers") as a
 * response header, on a server of this test's own: every kind of page of
 * one locale does its work with no violation reported, by a page or by its
 * workers, and a theme chosen survives a reload. Without the inline
 * scripts' hashes the theme was lost and each page reported 7 to 14
 * violations (audit j).
 */
let server: ChildProcess | undefined;
let origin = '';
let policy = '';

test.beforeAll(async () => {
	policy = readFileSync(join(mainDist, 'content-security-policy.txt'), 'utf8').trim();
	server = spawn(process.execPath, ['scripts/serve.mjs', mainDist, '0', '/'], { env: { ...process.env, SERVE_HEADERS: JSON.stringify({ 'content-security-policy': policy }) }, stdio: ['ignore', 'pipe', 'inherit'] });
	const line = await new Promise<string>((resolve) => server?.stdout?.once('data', (chunk) => resolve(String(chunk))));
	origin = /http:\/\/127\.0\.0\.1:\d+/.exec(line)?.[0] ?? '';
});

test.afterAll(() => server?.kill());

/** Every violation the page, its frames and its workers report from now on, as `directive: what was blocked (where)`. */
async function watchViolations(page: Page): Promise<string[]> {
	const seen: string[] = [];
	await page.exposeFunction('reportViolation', (text: string) => seen.push(text));
	await page.addInitScript(() => {
		addEventListener('securitypolicyviolation', (event: SecurityPolicyViolationEvent) => void (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`), true);
	});
	const fromConsole = (text: string) => /Content Security Policy/i.test(text) && seen.push(text);
	page.on('console', (message) => fromConsole(message.text()));
	page.on('worker', (worker) => worker.on('console', (message) => fromConsole(message.text())));
	return seen;
}

test.describe('under the policy the build writes', () => {
	test.setTimeout(180_000);

	test('is sent by the server, with a hash for every inline script and no unsafe-inline for scripts', async ({ request }) => {
		const response = await request.get(`${origin}/en/`);
		expect(response.headers()['content-security-policy']).toBe(policy);
		expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=')+; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'$/);
	});

	test('every page type of one locale works with no violation', async ({ page }) => {
		const violations = await watchViolations(page);
		const visit = async (path: string, works: () => Promise<void>) => {
			await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
			await works();
			expect(violations, path).toEqual([]);
		};
		await visit('/', () => expect(page.locator('a[href="/en/"]').first()).toBeVisible());
		await visit('/en/', async () => {
			expect(await searchFor(page, 'dropout')).not.toEqual([]);
		});
		await visit('/en/strategies/transfer-learning/', async () => {
			const figure = page.locator('.sl-markdown-content img').first();
			await figure.scrollIntoViewIfNeeded();
			await expect.poll(() => figure.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
			// The glossary terms' inline script: Escape closes a definition opened by focus.
			const term = page.locator('.sl-markdown-content .glossary-term__link').first();
			await term.focus();
			const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
			await expect(tip).toBeVisible();
			await page.keyboard.press('Escape');
			await expect(tip).toBeHidden();
		});
		await visit('/en/regularization/', () => expect(page.locator('h1')).toHaveText('Regularization'));
		await visit('/en/glossary/', () => expect(page.locator('#transfer-learning')).toBeVisible());
		await visit('/en/translation-status/', () => expect(page.locator('h1')).toBeVisible());
		await visit('/en/practice/trainer/', async () => {
			await page.locator('[data-deck="all"] button').click();
			await answerByKeyboard(page, '3');
		});
		// Opened on a deck, as lessons link to it: the early start and preloads are inline scripts of their own.
		await visit('/en/practice/trainer/?deck=regularization', () => answerByKeyboard(page, '3').then(() => undefined));
		await visit('/en/practice/lab/', async () => {
			const lab = page.locator('transfer-lab').first();
			await lab.locator('input[name$="-experiment"][value="custom"]').check();
			for (const box of await lab.locator('input[name$="-method"]').all()) await box.setChecked((await box.getAttribute('value')) === 'linear-probe');
			await lab.locator('[data-part="run"]').click();
			await expect(lab).toHaveAttribute('data-run-count', '1', { timeout: 150_000 });
			expect(await lab.getAttribute('data-state')).toBe('done');
			// WebAssembly in a worker, not the reduced run on the page that the lab falls back to when either is refused.
			await expect(lab.locator('[data-part="notice"]')).toBeHidden();
		});
		await visit('/en/no-such-page/', () => expect(page.locator('h1')).toBeVisible());
	});

	test('a theme chosen survives a reload', async ({ page }) => {
		const violations = await watchViolations(page);
		await page.goto(`${origin}/en/strategies/introduction/`);
		await page.locator('starlight-theme-select select').first().selectOption('dark');
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expect(page.locator('starlight-theme-select select').first()).toHaveValue('dark');
		expect(await page.evaluate(() => localStorage.getItem('starlight-theme'))).toBe('dark');
		expect(violations).toEqual([]);
	});

	test.describe('with the service worker', () => {
		test.use({ serviceWorkers: 'allow' });

		test('the worker registers and keeps the locale', async ({ page }) => {
			const violations = await watchViolations(page);
			await page.goto(`${origin}/en/`);
			await expect
				.poll(() => page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('tlt-offline:/:')).sort()), { timeout: 60_000 })
				.toEqual(['tlt-offline:/:core', 'tlt-offline:/:en']);
			expect(violations).toEqual([]);
		});
	});
});

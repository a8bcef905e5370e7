import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removalWorkerOf } from '../src/lib/offline/removal-worker';
import { expect, test } from './fixtures';
import { answerCards, waitUntilKept } from './offline-helpers';
import { mainDist } from './pages';
import { exportBackup } from './trainer-helpers';

/**
 * Removing the site as docs/hosting.md tells a host to: its `sw.js` becomes
 * the documented self-unregistering worker. Clear-Site-Data, which the page
 * advised before, emptied every site on the origin and the learners'
 * progress (audit j); this worker must take this site's caches and itself
 * only.
 */
test.use({ serviceWorkers: 'allow' });

let site = '';
let server: ChildProcess | undefined;
let origin = '';

test.beforeAll(async () => {
	site = mkdtempSync(join(tmpdir(), 'offline-removal-'));
	cpSync(mainDist, site, { recursive: true });
	server = spawn(process.execPath, ['scripts/serve.mjs', site, '0', '/'], { stdio: ['ignore', 'pipe', 'inherit'] });
	const line = await new Promise<string>((resolve) => server?.stdout?.once('data', (chunk) => resolve(String(chunk))));
	origin = /http:\/\/127\.0\.0\.1:\d+/.exec(line)?.[0] ?? '';
});

test.afterAll(() => {
	server?.kill();
	rmSync(site, { recursive: true, force: true });
});

test("the documented sw.js takes this site's kept files and worker, and leaves another site's caches, the open page and the learner's progress", async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto(`${origin}/en/practice/trainer/`);
	await waitUntilKept(page, ['core', 'en']);
	await answerCards(page, 1);
	const caches = () => page.evaluate(async () => (await globalThis.caches.keys()).sort());
	// Another course on the same origin, with a kept file of its own.
	await page.evaluate(async () => (await globalThis.caches.open('tlt-offline:/course-b/:core')).put('/course-b/en/', new Response('kept')));
	expect(await caches()).toEqual(['tlt-offline:/:core', 'tlt-offline:/:en', 'tlt-offline:/course-b/:core']);
	await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

	writeFileSync(join(site, 'sw.js'), removalWorkerOf(readFileSync('docs/hosting.md', 'utf8')));
	// The learner comes back to the open tab: the page looks for a new worker.
	await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
	await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), { timeout: 30_000 }).toBe(0);
	await expect.poll(caches).toEqual(['tlt-offline:/course-b/:core']);
	expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

	// The next visit comes from the server, with no worker in charge, and the answer given before is still there.
	await page.reload();
	await expect(page.locator('[data-part="loading"]')).toBeHidden();
	expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
	expect((await exportBackup(page)).reviews).toHaveLength(1);
	expect(await caches()).toEqual(['tlt-offline:/course-b/:core']);
});

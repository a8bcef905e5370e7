// Trainer import benchmark rows (issue 11), in headless Chromium against a
// built site: a hostile backup of 1,000,000 empty review objects (5,000,000
// problems) is chosen in the backup panel and imported, and the page records
// its longest animation frame (PerformanceObserver 'long-animation-frame')
// from the click until the outcome is shown. The file is checked in the
// import worker; budget 200 ms. Baselines measured in the same run:
//   - the same file read and JSON.parse'd on the page's main thread, as the
//     import did before it moved into a worker (the ratio row compares them)
//   - the idle trainer page for as long as the import took (the machine)
// Run alone: npm run bench -- trainer-import
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const ENTRIES = 1_000_000;
const RUNS = 3;
const trainerPath = 'en/practice/trainer/';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rounded = (value) => Math.round(value * 10) / 10;
const diagnostic = (name, value, unit) => ({ name, value: rounded(value), unit, budget: null, ok: true });

function hostileBackup(entries) {
	const settings = '{"desiredRetention":0.9,"newCardsPerDay":20,"dayStartMinutes":240}';
	return `{"format":"transfer-trainer-backup","version":1,"exportedAt":"2025-01-01T00:00:00.000Z","settings":${settings},"cards":[],"reviews":[${'{},'.repeat(entries - 1)}{}]}`;
}

/** Starts recording the longest animation frame in the page. */
function watchFrames(page) {
	return page.evaluate(() => {
		globalThis.__longestFrame = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) globalThis.__longestFrame = Math.max(globalThis.__longestFrame, entry.duration);
		}).observe({ type: 'long-animation-frame' });
	});
}

/** The longest frame so far, once two more frames have been painted (so the last one is reported). */
function longestFrame(page) {
	return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(globalThis.__longestFrame), 50)))));
}

async function openBackupPanel(page, url, file) {
	await page.goto(url);
	await page.locator('[data-part="loading"]').waitFor({ state: 'hidden', timeout: 60_000 });
	await page.locator('[data-part="backup"] > summary').click();
	await page.locator('#trainer-import-file').setInputFiles(file);
}

/** The import as a learner runs it: longest frame (ms) and seconds from Import to the outcome. */
async function importOnce(browser, url, file) {
	const page = await browser.newPage();
	await openBackupPanel(page, url, file);
	await watchFrames(page);
	const started = Date.now();
	await page.locator('#trainer-import-file + button').click();
	await page.waitForSelector('.trainer-backup-status:not([data-busy]):not(:empty)', { timeout: 300_000 });
	const seconds = (Date.now() - started) / 1000;
	const status = await page.locator('.trainer-backup-status').textContent();
	if (!status?.includes('5,000,000 problems')) throw new Error(`trainer-import bench: unexpected outcome "${status}"`);
	const frame = await longestFrame(page);
	await page.close();
	return { frame, seconds };
}

/** Baseline: the same file read and parsed on the page's main thread. */
async function mainThreadParse(browser, url, file) {
	const page = await browser.newPage();
	await openBackupPanel(page, url, file);
	await watchFrames(page);
	await page.evaluate(async () => {
		const text = await document.querySelector('#trainer-import-file').files[0].text();
		globalThis.__parsed = JSON.parse(text).reviews.length;
	});
	const frame = await longestFrame(page);
	await page.close();
	return frame;
}

/** Baseline: the idle page for `seconds`. */
async function idle(browser, url, seconds) {
	const page = await browser.newPage();
	await page.goto(url);
	await page.locator('[data-part="loading"]').waitFor({ state: 'hidden', timeout: 60_000 });
	await watchFrames(page);
	await page.waitForTimeout(seconds * 1000);
	const frame = await longestFrame(page);
	await page.close();
	return frame;
}

export async function rows(ctx) {
	const server = await ctx.serve(ctx.outDir);
	const folder = mkdtempSync(join(tmpdir(), 'trainer-import-bench-'));
	const file = join(folder, 'empty-reviews.json');
	writeFileSync(file, hostileBackup(ENTRIES));
	const browser = await chromium.launch({ executablePath: ctx.chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
	try {
		const url = `${server.url}${trainerPath}`;
		const imports = [];
		const parses = [];
		const idles = [];
		for (let run = 0; run < RUNS; run++) {
			const measured = await importOnce(browser, url, file);
			imports.push(measured);
			parses.push(await mainThreadParse(browser, url, file));
			idles.push(await idle(browser, url, measured.seconds));
		}
		const frame = median(imports.map((measured) => measured.frame));
		const parse = median(parses);
		return [
			{ name: `trainer: longest frame while importing ${ENTRIES.toLocaleString('en')} empty reviews (median of ${RUNS})`, value: rounded(frame), unit: 'ms', budget: 200, ok: frame <= 200 },
			diagnostic('trainer: same file parsed on the main thread (baseline: the import before the worker)', parse, 'ms'),
			{ name: 'trainer: longest import frame / main-thread parse frame', value: Math.round((frame / parse) * 1000) / 1000, unit: '×', budget: null, ok: true },
			diagnostic('trainer: longest frame on the idle page, as long (machine baseline)', median(idles), 'ms'),
			diagnostic('trainer: import of that file, Import to the 20 problems shown', median(imports.map((measured) => measured.seconds)), 's'),
			diagnostic('trainer: machine load average (1 min) when measured', loadavg()[0], ''),
		];
	} finally {
		await browser.close();
		server.close();
		rmSync(folder, { recursive: true, force: true });
	}
}

// Trainer import benchmark rows (issue 11), in headless Chromium against a
// built site: hostile backups of 100,000, 300,000 and 1,000,000 empty
// review objects (5 problems each) are chosen in the backup panel and
// imported, and the page records (PerformanceObserver) its longest
// main-thread task ('longtask': the longest the page could not start a
// frame; budget 200 ms) and its longest animation frame
// ('long-animation-frame', which on a loaded machine also counts waiting for
// the compositor) from the click until the outcome is shown. Nothing of
// Playwright's runs in the page meanwhile. Baselines measured in the same run:
//   - the same file read and JSON.parse'd on the page's main thread, as the
//     import did before it moved into a worker (the ratio row compares them)
//   - the idle trainer page for as long as the import took (the machine)
// Run alone: npm run bench -- trainer-import
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { idlePage, watchPage, watched } from './page-watch.mjs';

const SIZES = [100_000, 300_000, 1_000_000];
const RUNS = 3;
const trainerPath = 'en/practice/trainer/';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rounded = (value) => Math.round(value * 10) / 10;
const diagnostic = (name, value, unit) => ({ name, value: rounded(value), unit, budget: null, ok: true });

function hostileBackup(entries) {
	const settings = '{"desiredRetention":0.9,"newCardsPerDay":20,"dayStartMinutes":240}';
	return `{"format":"transfer-trainer-backup","version":1,"exportedAt":"2025-01-01T00:00:00.000Z","settings":${settings},"cards":[],"reviews":[${'{},'.repeat(entries - 1)}{}]}`;
}

/** Runs in the page: globalThis.__outcome resolves with the status once the next import (data-busy) is over. */
function watchImport() {
	const status = document.querySelector('.trainer-backup-status');
	globalThis.__outcome = new Promise((resolve) => {
		new MutationObserver((mutations, observer) => {
			if (mutations.some((mutation) => mutation.oldValue !== null) && !status.hasAttribute('data-busy')) {
				observer.disconnect();
				resolve(status.textContent);
			}
		}).observe(status, { attributeFilter: ['data-busy'], attributeOldValue: true });
	});
}

async function openBackupPanel(page, url, file) {
	await page.goto(url);
	await page.locator('[data-part="loading"]').waitFor({ state: 'hidden', timeout: 60_000 });
	await page.locator('[data-part="backup"] > summary').click();
	await page.locator('#trainer-import-file').setInputFiles(file);
}

/** The import as a learner runs it: longest task and frame (ms), and seconds from Import to the outcome. */
async function importOnce(browser, url, file, entries) {
	const page = await browser.newPage();
	await openBackupPanel(page, url, file);
	await watchPage(page);
	await page.evaluate(watchImport);
	const started = Date.now();
	await page.locator('#trainer-import-file + button').click();
	const status = await page.evaluate(() => globalThis.__outcome);
	const seconds = (Date.now() - started) / 1000;
	if (!status?.includes(`${(entries * 5).toLocaleString('en')} problems`)) throw new Error(`trainer-import bench: unexpected outcome "${status}"`);
	const measured = await watched(page);
	await page.close();
	return { ...measured, seconds };
}

/** Baseline: the same file read and parsed on the page's main thread. */
async function mainThreadParse(browser, url, file) {
	const page = await browser.newPage();
	await openBackupPanel(page, url, file);
	await watchPage(page);
	await page.evaluate(async () => {
		const text = await document.querySelector('#trainer-import-file').files[0].text();
		globalThis.__parsed = JSON.parse(text).reviews.length;
	});
	const measured = await watched(page);
	await page.close();
	return measured;
}

export async function rows(ctx) {
	const server = await ctx.serve(ctx.outDir);
	const folder = mkdtempSync(join(tmpdir(), 'trainer-import-bench-'));
	const browser = await chromium.launch({ executablePath: ctx.chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
	try {
		const url = `${server.url}${trainerPath}`;
		const results = [];
		for (const entries of SIZES) {
			const file = join(folder, `empty-reviews-${entries}.json`);
			writeFileSync(file, hostileBackup(entries));
			const imports = [];
			const parses = [];
			for (let run = 0; run < RUNS; run++) {
				imports.push(await importOnce(browser, url, file, entries));
				parses.push(await mainThreadParse(browser, url, file));
			}
			const count = entries.toLocaleString('en');
			const task = median(imports.map((measured) => measured.task));
			const parse = median(parses.map((measured) => measured.task));
			results.push(
				{ name: `trainer: longest task while importing ${count} empty reviews (median of ${RUNS})`, value: rounded(task), unit: 'ms', budget: 200, ok: task <= 200 },
				diagnostic(`trainer: longest animation frame meanwhile (${count})`, median(imports.map((measured) => measured.frame)), 'ms'),
				diagnostic(`trainer: same file parsed on the main thread (baseline: the import before the worker, ${count})`, parse, 'ms'),
				{ name: `trainer: longest import task / main-thread parse (${count})`, value: Math.round((task / parse) * 1000) / 1000, unit: '×', budget: null, ok: true },
				diagnostic(`trainer: Import to the 20 problems shown (${count})`, median(imports.map((measured) => measured.seconds)), 's'),
			);
			if (entries === SIZES.at(-1)) {
				const quiet = await idlePage(browser, url, median(imports.map((measured) => measured.seconds)));
				results.push(
					diagnostic(`trainer: longest task on the idle page, as long as the ${count} import (machine baseline)`, quiet.task, 'ms'),
					diagnostic('trainer: longest animation frame on the idle page (machine baseline)', quiet.frame, 'ms'),
				);
			}
		}
		results.push(diagnostic('trainer: machine load average (1 min) when measured', loadavg()[0], ''));
		return results;
	} finally {
		await browser.close();
		server.close();
		rmSync(folder, { recursive: true, force: true });
	}
}

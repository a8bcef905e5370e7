// Trainer benchmark rows for personal parameters (issue 14), in headless
// Chromium against a built site. The store is filled through the page's own
// import (?bench=<cards>, window.trainerBench.seed: a synthetic history of
// the benchmark deck), then the learner's panels are driven:
//   - "Fit parameters to my answers" on 25,000 reviews (2,500 cards), three
//     times: seconds from the click to the outcome (trainer:optimize, budget
//     5 s), and the page's longest main-thread task ('longtask') and longest
//     animation frame's blocking time ('long-animation-frame': the part of
//     the frame the page's own tasks held up; its whole duration, which on a
//     loaded machine also counts waiting for the compositor, is a diagnostic)
//     meanwhile (budget 50 ms), with nothing of Playwright's running in the page;
//   - the same on 100,000 reviews (10,000 cards), once (budget 20 s), with
//     the progress bar's updates counted, then once more cancelled at the
//     first update: the milliseconds from Cancel to the panel saying so;
//   - "Retention and workload" on the 10,000-card deck: the year simulated at
//     each retention (trainer:workload) and the longest task meanwhile;
//   - the idle page's longest task as long as the 25,000-review fit (the machine's baseline);
//   - the trainer page's eager JavaScript checked for the optimizer's,
//     simulator's, charts' and card browser's code (they load when opened).
// Run alone: npm run bench -- trainer-optimizer
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { eagerJs } from './eager-js.mjs';
import { idlePage, watchPage, watched } from './page-watch.mjs';

const trainerPath = 'en/practice/trainer/';
const RUNS = 3;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rounded = (value) => Math.round(value * 10) / 10;
const row = (name, value, unit, budget) => ({ name, value: rounded(value), unit, budget, ok: value <= budget });
const diagnostic = (name, value, unit) => ({ name, value: rounded(value), unit, budget: null, ok: true });

/** A fresh browser context (its own IndexedDB) on the benchmark deck, with `reviews` answers stored. */
async function seededPage(browser, url, cards, reviews) {
	const page = await (await browser.newContext()).newPage();
	await page.goto(`${url}?bench=${cards}`);
	await page.waitForFunction(() => window.trainerBench !== undefined, undefined, { timeout: 60_000 });
	await page.evaluate(([c, r]) => window.trainerBench.seed(c, r), [cards, reviews]);
	return page;
}

async function openPanel(page, name) {
	await page.locator(`[data-part="${name}"] > summary`).click();
}

async function measureOf(page, name) {
	await page.waitForFunction((entry) => performance.getEntriesByName(entry).length > 0, name, { timeout: 180_000 });
	return page.evaluate((entry) => performance.getEntriesByName(entry).at(-1).duration, name);
}

/** One fit as a learner runs it: seconds to the outcome, longest task and frame meanwhile, progress updates. */
async function fit(page) {
	await page.evaluate(() => performance.clearMeasures('trainer:optimize'));
	await watchPage(page);
	await page.evaluate(() => {
		// Counted with what page-watch.mjs records: the progress bar's updates.
		globalThis.__watched.progress = 0;
		const bar = document.querySelector('[data-part="optimizer-body"] progress');
		if (bar) new MutationObserver(() => (globalThis.__watched.progress += 1)).observe(bar, { attributeFilter: ['value'] });
	});
	await page.getByRole('button', { name: 'Fit parameters to my answers' }).click();
	const ms = await measureOf(page, 'trainer:optimize');
	const outcome = await page.locator('[data-part="optimizer-body"] [role="status"]').textContent();
	if (!outcome || /could not run/.test(outcome)) throw new Error(`trainer-optimizer bench: the fit failed: ${outcome}`);
	return { seconds: ms / 1000, ...(await watched(page)) };
}

/** Cancels a fit at its first progress update: ms from the click on Cancel to the panel saying so. */
async function cancelAtFirstProgress(page) {
	await page.getByRole('button', { name: 'Fit parameters to my answers' }).click();
	await page.waitForFunction(() => document.querySelector('[data-part="optimizer-body"] progress').value > 0, undefined, { timeout: 60_000 });
	return page.evaluate(
		() =>
			new Promise((resolve) => {
				const status = document.querySelector('[data-part="optimizer-body"] [role="status"]');
				const started = performance.now();
				new MutationObserver((_, observer) => {
					if (!status.textContent.startsWith('Cancelled')) return;
					observer.disconnect();
					resolve(performance.now() - started);
				}).observe(status, { childList: true, characterData: true, subtree: true });
				[...document.querySelectorAll('[data-part="optimizer-body"] button')].find((button) => button.textContent === 'Cancel').click();
			}),
	);
}

/** Eager files of the trainer page that hold code meant to load only when a panel opens. */
function lazyCodeInEagerFiles(outDir) {
	const lazy = /optimizer|retention|workload|simulat|chart|card-browser/i;
	return eagerJs(outDir, `/${trainerPath}`).files.filter((file) => lazy.test(file.split('/').at(-1)));
}

export async function rows(ctx) {
	const server = await ctx.serve(ctx.outDir);
	const browser = await chromium.launch({ executablePath: ctx.chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
	try {
		const url = `${server.url}${trainerPath}`;
		const machineLoad = loadavg()[0];

		const small = await seededPage(browser, url, 2_500, 25_000);
		await openPanel(small, 'optimizer');
		const fits = [];
		for (let run = 0; run < RUNS; run++) fits.push(await fit(small));
		await small.close();
		const fitSeconds = median(fits.map((measured) => measured.seconds));
		const quiet = await idlePage(browser, url, fitSeconds);

		const large = await seededPage(browser, url, 10_000, 100_000);
		await openPanel(large, 'optimizer');
		const largeFit = await fit(large);
		const cancelMs = await cancelAtFirstProgress(large);
		// Loaded afresh, so the page's progress holds the 10,000 studied cards; measured once the page's own
		// check of the whole log (in slices after the first paint) is over.
		await large.goto(`${url}?bench=10000`);
		await measureOf(large, 'trainer:log-check');
		await watchPage(large);
		await openPanel(large, 'workload');
		const workloadMs = await measureOf(large, 'trainer:workload');
		const workloadFrames = await watched(large);
		await large.close();

		const eagerLazy = lazyCodeInEagerFiles(ctx.outDir);
		if (eagerLazy.length > 0) console.log(`  eager files that should load on demand: ${eagerLazy.join(', ')}`);
		return [
			row(`trainer: fitting parameters to 25,000 reviews (median of ${RUNS})`, fitSeconds, 's', 5),
			row('trainer: longest main-thread task while fitting 25,000 reviews', median(fits.map((measured) => measured.task)), 'ms', 50),
			row("trainer: longest animation frame's blocking time while fitting 25,000 reviews", median(fits.map((measured) => measured.frameBlocked)), 'ms', 50),
			// Diagnostic: a long frame with nothing blocking it waited for the compositor (the machine's load, not the page's work).
			diagnostic('trainer: longest animation frame while fitting 25,000 reviews', median(fits.map((measured) => measured.frame)), 'ms'),
			diagnostic('trainer: longest task on the idle page, as long (machine baseline)', quiet.task, 'ms'),
			row('trainer: fitting parameters to 100,000 reviews', largeFit.seconds, 's', 20),
			{ name: 'trainer: progress bar updates while fitting 100,000 reviews', value: largeFit.progress, unit: '', budget: null, ok: largeFit.progress >= 10 },
			diagnostic('trainer: longest main-thread task while fitting 100,000 reviews', largeFit.task, 'ms'),
			diagnostic('trainer: Cancel to "Cancelled" while fitting 100,000 reviews', cancelMs, 'ms'),
			diagnostic('trainer: a year of 10,000 cards simulated at 8 retentions (Retention and workload)', workloadMs / 1000, 's'),
			row('trainer: longest main-thread task meanwhile (its code and chart.js loading, the chart drawn)', workloadFrames.task, 'ms', 50),
			row('trainer: files of the optimizer, simulator, charts or card browser among the eager JavaScript', eagerLazy.length, '', 0),
			diagnostic('trainer: machine load average (1 min) when the fits began', machineLoad, ''),
		];
	} finally {
		await browser.close();
		server.close();
	}
}

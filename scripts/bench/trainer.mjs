// Trainer benchmark rows (issue 4): with 10,000 cards and 100,000 review-log
// entries stored, drive the real trainer page in headless Chromium and read
// the performance measures the page records for itself:
//   trainer:first-card  mark, ms after navigation start (the load-time check of
//                       today's log and every card bucket included; the rest of
//                       the log is checked after it, see trainer:log-check)
//   trainer:answer      rating pressed (on the painted, revealed card) → review committed → next card in the DOM, focused
//   trainer:queue       building today's queue for the deck
//   trainer:export      full JSON export
// with diagnostic rows (no budget) for the store's part of each: trainer:load,
// trainer:answer-store, trainer:export-read; the check of the whole log that
// follows the first card (trainer:log-check) and the longest gap between
// animation frames while it runs; the first card with nothing stored, loaded in
// turn with it as the same run's baseline; the page's own first contentful
// paint in the measured loads; plus the page's eager JavaScript (gzip). The
// measured loads and answers are a returning learner's: the site's service
// worker is in charge and keeps the locale offline, as after any earlier
// visit (a learner with 100,000 reviews has made many). Diagnostic rows give
// the first card before any worker is in charge, a first visit with nothing
// cached, and the answers given on the visit that first keeps the locale
// offline, while the worker downloads it. Run alone after a build:
//   OUT_DIR=dist-trainer npx astro build && OUT_DIR=dist-trainer npx node scripts/bench/trainer.mjs
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { isPackComplete } from '../../src/lib/offline/manifest.ts';
import { CORE_PACK } from '../../src/lib/offline/packs.ts';
import { eagerJs } from './eager-js.mjs';

const CARDS = 10_000;
const REVIEWS = 100_000;
const ANSWERS = 60;
const PAGE_LOADS = 5;
const locale = 'en';
const trainerPath = `${locale}/practice/trainer/`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, share) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(share * values.length) - 1)];
const row = (name, value, unit, budget) => ({ name, value: Math.round(value * 100) / 100, unit, budget, ok: value <= budget });

async function durations(page, name) {
	return page.evaluate((entry) => performance.getEntriesByName(entry).map((e) => (e.entryType === 'mark' || e.entryType === 'paint' ? e.startTime : e.duration)), name);
}

async function waitForMeasure(page, name, count = 1) {
	await page.waitForFunction(([entry, n]) => performance.getEntriesByName(entry).length >= n, [name, count], { timeout: 60_000 });
}

/** The packs the trainer page keeps offline: the files every page shares, and its locale's. */
const OFFLINE_PACKS = [CORE_PACK, locale];

/** The service worker's account of the packs it keeps (its `status` message), or undefined while no worker is in charge. */
function offlineStatus(page) {
	return page.evaluate(() => {
		const worker = navigator.serviceWorker.controller;
		if (!worker) return undefined;
		return new Promise((resolve) => {
			const channel = new MessageChannel();
			channel.port1.onmessage = (event) => resolve(event.data);
			worker.postMessage({ type: 'status' }, [channel.port2]);
		});
	});
}

/** Whether a status message says every file of the trainer page's packs is kept. */
const isKeptOffline = (status) => status?.type === 'status' && OFFLINE_PACKS.every((pack) => isPackComplete(status.packs[pack]));

/**
 * Waits until the page's locale is kept offline: a page asks the service
 * worker for it a few seconds after it loads (offline-loader.ts), and the
 * worker fetches the files one at a time.
 */
async function untilKeptOffline(page) {
	for (let waited = 0; waited < 120_000; waited += 250) {
		if (isKeptOffline(await offlineStatus(page))) return;
		await page.waitForTimeout(250);
	}
	throw new Error('bench: the locale was not kept offline within two minutes');
}

/** Waits until the service worker has started keeping the locale: its first cache exists. */
async function untilOfflineDownloadStarts(page) {
	await page.waitForFunction(async () => (await caches.keys()).length > 0, undefined, { timeout: 60_000, polling: 50 });
}

export async function rows(ctx) {
	const server = await ctx.serve(ctx.outDir);
	const browser = await chromium.launch({ executablePath: ctx.chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
	try {
		const context = await browser.newContext({ acceptDownloads: true });
		const page = await context.newPage();
		const url = `${server.url}${trainerPath}`;
		// The measured deck: generated in the page, so a context with nothing stored shows the same cards.
		const deckUrl = `${url}?bench=${CARDS}&deck=synthetic`;
		await page.goto(`${url}?bench=${CARDS}`);
		await page.waitForFunction(() => window.trainerBench !== undefined, undefined, { timeout: 60_000 });
		await page.evaluate(([cards, reviews]) => window.trainerBench.seed(cards, reviews), [CARDS, REVIEWS]);

		// A learner rates a card they can see: the rating is pressed once the
		// revealed card has been painted. (Pressed in the same frame as the
		// reveal, the reveal's own rendering — about 5 ms on this page, mostly
		// site-wide intersection observers and the compositor commit — would be
		// counted as the answer's; that variant is kept as a diagnostic row.)
		const answerRound = async (count, painted, afterEach = async () => {}) => {
			const before = (await durations(page, 'trainer:answer')).length;
			for (let answer = 0; answer < count; answer++) {
				await page.keyboard.press('Space');
				await page.locator('.trainer-ratings:not([hidden])').waitFor();
				if (painted) await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
				await page.keyboard.press('3');
				await waitForMeasure(page, 'trainer:answer', before + answer + 1);
				await afterEach();
			}
			const slice = async (name) => (await durations(page, name)).slice(before, before + count);
			return { answers: await slice('trainer:answer'), writes: await slice('trainer:answer-store') };
		};

		// Before any service worker is in charge (it registers a few seconds after a page loads):
		// the browser revalidates the files it has cached, which scripts/serve.mjs answers with 304.
		const withoutWorker = [];
		for (let load = 0; load < PAGE_LOADS; load++) {
			await page.goto(deckUrl);
			await waitForMeasure(page, 'trainer:first-card');
			withoutWorker.push(...(await durations(page, 'trainer:first-card')));
		}

		// The visit that first keeps the locale offline: a few seconds after the page loads, the service
		// worker starts downloading it, and the learner may be answering cards meanwhile.
		await page.goto(deckUrl);
		await waitForMeasure(page, 'trainer:log-check');
		await untilOfflineDownloadStarts(page);
		let answeredDuringDownload = 0;
		const duringDownload = await answerRound(ANSWERS, true, async () => {
			if (!isKeptOffline(await offlineStatus(page))) answeredDuringDownload += 1;
		});
		// From here on, a returning learner's browser: the worker is in charge and keeps the locale.
		await untilKeptOffline(page);

		// Baseline, loaded in turn with the measured page so both see the same machine load: the same
		// deck with nothing stored (a browser context of its own, kept offline too), so the page's fixed cost is known.
		const empty = await (await browser.newContext()).newPage();
		await empty.goto(deckUrl);
		await untilKeptOffline(empty);
		// A first visit: nothing stored and nothing in the browser's cache (a context of its own each time).
		const firstVisit = async () => {
			const context = await browser.newContext();
			const cold = await context.newPage();
			await cold.goto(deckUrl);
			await waitForMeasure(cold, 'trainer:first-card');
			const [shown] = await durations(cold, 'trainer:first-card');
			await context.close();
			return shown;
		};
		const firstVisitCard = [];
		const machineLoad = loadavg()[0];
		const firstCard = [];
		const emptyFirstCard = [];
		const queue = [];
		const storeLoad = [];
		const firstPaint = [];
		for (let load = 0; load < PAGE_LOADS; load++) {
			await page.goto(deckUrl);
			await waitForMeasure(page, 'trainer:first-card');
			firstCard.push(...(await durations(page, 'trainer:first-card')));
			firstPaint.push(...(await durations(page, 'first-contentful-paint')));
			queue.push(...(await durations(page, 'trainer:queue')));
			storeLoad.push(...(await durations(page, 'trainer:load')));
			await empty.goto(deckUrl);
			await waitForMeasure(empty, 'trainer:first-card');
			emptyFirstCard.push(...(await durations(empty, 'trainer:first-card')));
			firstVisitCard.push(await firstVisit());
		}

		// The whole log's checksums are verified after the first card, in slices: how long, and the longest frame meanwhile.
		await page.goto(deckUrl);
		await waitForMeasure(page, 'trainer:first-card');
		await page.evaluate(() => {
			window.benchFrames = { longest: 0 };
			let last = performance.now();
			const frame = (time) => {
				window.benchFrames.longest = Math.max(window.benchFrames.longest, time - last);
				last = time;
				if (performance.getEntriesByName('trainer:log-check').length === 0) requestAnimationFrame(frame);
			};
			requestAnimationFrame(frame);
		});
		await waitForMeasure(page, 'trainer:log-check');
		const [logCheck] = await durations(page, 'trainer:log-check');
		const longestFrame = await page.evaluate(() => window.benchFrames.longest);

		const { answers, writes: answerWrites } = await answerRound(ANSWERS, true);
		const sameFrame = await answerRound(ANSWERS, false);

		await page.locator('[data-part="backup"] > summary').click();
		const exportButton = page.locator('[data-part="backup-body"] button').first();
		await exportButton.waitFor();
		const exports = [];
		for (let run = 0; run < 3; run++) {
			const download = page.waitForEvent('download', { timeout: 60_000 });
			await exportButton.click();
			await download;
			await waitForMeasure(page, 'trainer:export', run + 1);
		}
		exports.push(...(await durations(page, 'trainer:export')));
		const exportReads = await durations(page, 'trainer:export-read');
		const js = eagerJs(ctx.outDir, `/${trainerPath}`);
		return [
			row('trainer: first card shown after navigation, load-time check included (10k cards, 100k reviews)', median(firstCard), 'ms', 300),
			{ name: 'trainer: first card with nothing stored (baseline, same run)', value: Math.round(median(emptyFirstCard)), unit: 'ms', budget: null, ok: true },
			{ name: 'trainer: first card when no service worker is in charge (10k cards, 100k reviews; cached files revalidated)', value: Math.round(median(withoutWorker)), unit: 'ms', budget: null, ok: true },
			{ name: "trainer: first card on a first visit (nothing stored, nothing in the browser's cache)", value: Math.round(median(firstVisitCard)), unit: 'ms', budget: null, ok: true },
			{ name: 'trainer: first card, 10k cards and 100k reviews against nothing stored', value: Math.round((median(firstCard) / median(emptyFirstCard)) * 100) / 100, unit: '×', budget: null, ok: true },
			// Diagnostic: the page's own first paint in those loads, before the trainer's code has shown anything.
			{ name: 'trainer: first contentful paint of the same loads', value: Math.round(median(firstPaint)), unit: 'ms', budget: null, ok: true },
			// Diagnostic: the store's load() inside the first-card time.
			{ name: 'trainer: loading progress from IndexedDB', value: Math.round(median(storeLoad)), unit: 'ms', budget: null, ok: true },
			// Diagnostic: after the first card, the checksums of every page of the log (about 60 million characters) are verified in slices.
			{ name: 'trainer: load-time check of the whole log, done after', value: Math.round(logCheck), unit: 'ms', budget: null, ok: true },
			{ name: 'trainer: longest frame while the whole log is checked', value: Math.round(longestFrame), unit: 'ms', budget: null, ok: true },
			row(`trainer: answer → next card, p95 of ${answers.length}`, percentile(answers, 0.95), 'ms', 16),
			// Diagnostic: the store's answer() (one committed IndexedDB transaction) inside that time.
			{ name: 'trainer: answer stored (store.answer), p95', value: Math.round(percentile(answerWrites, 0.95) * 10) / 10, unit: 'ms', budget: null, ok: true },
			// Diagnostic: the rating pressed in the reveal's frame, before it was painted (how this row was measured until 2026-11-27).
			{ name: `trainer: answer → next card, rated before the reveal was painted, p95 of ${sameFrame.answers.length}`, value: Math.round(percentile(sameFrame.answers, 0.95) * 10) / 10, unit: 'ms', budget: null, ok: true },
			// Diagnostic: answers given while the service worker first downloads the locale (about 2 MB, one file at a time).
			{ name: `trainer: answer → next card while the locale is first downloaded for offline use, p95 of ${duringDownload.answers.length}`, value: Math.round(percentile(duringDownload.answers, 0.95) * 10) / 10, unit: 'ms', budget: null, ok: true },
			{ name: 'trainer: answer stored during that download, p95', value: Math.round(percentile(duringDownload.writes, 0.95) * 10) / 10, unit: 'ms', budget: null, ok: true },
			{ name: 'trainer: answers of that round given before the download had finished', value: answeredDuringDownload, unit: `of ${ANSWERS}`, budget: null, ok: true },
			row("trainer: building today's queue (10k cards)", median(queue), 'ms', 20),
			row('trainer: full export (10k cards, 100k reviews)', median(exports), 'ms', 1000),
			// Diagnostic split of the export: reading the store (the rest is JSON and the file download).
			{ name: 'trainer: export, reading the store', value: Math.round(median(exportReads)), unit: 'ms', budget: null, ok: true },
			row('trainer page eager JavaScript (gzip)', js.gzip / 1024, 'KB', 60),
			{ name: 'trainer: machine load average (1 min) when the first cards were measured', value: Math.round(machineLoad * 100) / 100, unit: '', budget: null, ok: true },
		];
	} finally {
		await browser.close();
		server.close();
	}
}

async function serveAlone(dir) {
	const port = 4735;
	const child = spawn(process.execPath, [fileURLToPath(new URL('../serve.mjs', import.meta.url)), dir, String(port), '/'], { stdio: ['ignore', 'pipe', 'inherit'] });
	await new Promise((resolve, reject) => {
		child.stdout.once('data', resolve);
		child.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
	});
	return { url: `http://127.0.0.1:${port}/`, close: () => child.kill() };
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const { findChromium, howToGetChromium } = await import('../find-chromium.mjs');
	const chromiumPath = findChromium();
	if (!chromiumPath) {
		console.error(howToGetChromium);
		process.exit(1);
	}
	const outDir = process.env.OUT_DIR || 'dist';
	for (const r of await rows({ chromiumPath, serve: serveAlone, outDir })) {
		console.log(`${r.ok ? 'ok  ' : 'OVER'} ${r.name}: ${r.value} ${r.unit}${r.budget == null ? '' : ` (budget ${r.budget})`}`);
	}
}

// Lab benchmark rows (issue 5), in headless Chromium against a built site:
//   - the default ready experiment, Run pressed → results table, seconds
//   - the longest main-thread stall while it trains (requestAnimationFrame
//     gaps, and any long task the browser reports), ms
//   - JavaScript fetched for the lab (island, worker with tfjs, chart.js),
//     KB gzip, and the wasm binary the worker fetched, reported apart
//   - tfjs bytes fetched by a plain lesson page, and by the lesson that
//     embeds the lab before anyone presses Run
//   - `npm run train:source` wall time (into a scratch folder) and the
//     shipped model's size
// Run alone after a build:
//   OUT_DIR=dist-lab npx astro build && OUT_DIR=dist-lab npx node scripts/bench/lab.mjs
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const LAB_PAGE = 'en/practice/lab/';
const PLAIN_LESSON = 'en/strategies/introduction/';
const LAB_LESSON = 'en/strategies/transfer-learning/';
const MODEL_DIR = fileURLToPath(new URL('../../public/models/source/', import.meta.url));
const row = (name, value, unit, budget) => ({ name, value: Math.round(value * 100) / 100, unit, budget, ok: value <= budget });
const gzipKb = (bytes) => gzipSync(bytes, { level: 9 }).length / 1024;
/** A kernel name that every tfjs-core build carries as a string. */
const TFJS_MARKER = 'Conv2DBackpropFilter';

/** Files the page fetched, as paths inside the built site, with their bytes. */
function fetchedFiles(page, base) {
	const files = [];
	page.on('response', (response) => {
		const path = new URL(response.url()).pathname;
		if (path.startsWith(base)) files.push(path.slice(base.length));
	});
	return files;
}

const isTfjs = (outDir, file) => file.endsWith('.wasm') || (file.endsWith('.js') && readFileSync(join(outDir, file), 'utf8').includes(TFJS_MARKER));

/** What a page fetches by itself, and how many of those bytes are tfjs. */
async function pageLoad(browser, url, outDir, base) {
	const page = await browser.newPage();
	const files = fetchedFiles(page, base);
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.close();
	return { files, tfjsBytes: files.filter((file) => isTfjs(outDir, file)).reduce((sum, file) => sum + statSync(join(outDir, file)).size, 0) };
}

/** Records the longest gap between animation frames and the longest long task, until stopped. */
async function startStallProbe(page) {
	await page.evaluate(() => {
		const probe = { longestGap: 0, longestTask: 0, running: true };
		globalThis.__labProbe = probe;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) probe.longestTask = Math.max(probe.longestTask, entry.duration);
		}).observe({ type: 'longtask' });
		let last = performance.now();
		const frame = (now) => {
			probe.longestGap = Math.max(probe.longestGap, now - last);
			last = now;
			if (probe.running) requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
	});
}

async function stopStallProbe(page) {
	return page.evaluate(() => {
		globalThis.__labProbe.running = false;
		return globalThis.__labProbe;
	});
}

/**
 * The same probe on the lab page doing nothing, for as long as the run took:
 * on a busy machine frames slip even on an idle page, and this says how much
 * of the training figure is the machine rather than the lab.
 */
async function idleStall(browser, url, seconds) {
	const page = await browser.newPage();
	await page.goto(url, { waitUntil: 'networkidle' });
	await startStallProbe(page);
	await page.waitForTimeout(seconds * 1000);
	const probe = await stopStallProbe(page);
	await page.close();
	return Math.max(probe.longestGap, probe.longestTask);
}

/** `siteFiles`: what any page fetches anyway (Starlight's own scripts); the rest is the lab's cost. */
async function defaultExperiment(browser, url, outDir, base, siteFiles) {
	const page = await browser.newPage();
	const files = fetchedFiles(page, base);
	await page.goto(url, { waitUntil: 'networkidle' });
	const lab = page.locator('transfer-lab').first();
	const started = Date.now();
	await lab.locator('[data-part="run"]').click();
	// The stall probe starts with the first epoch: loading and compiling chart.js before that is start-up, not training.
	await page.waitForFunction(() => document.querySelector('[data-part="progress-text"]')?.textContent !== '', null, { timeout: 120_000 });
	await startStallProbe(page);
	await page.waitForFunction(() => document.querySelector('transfer-lab')?.getAttribute('data-state') !== null, null, { timeout: 300_000 });
	const seconds = (Date.now() - started) / 1000;
	const state = await lab.getAttribute('data-state');
	if (state !== 'done') throw new Error(`lab bench: the default experiment ended in state "${state}": ${await lab.locator('[role="alert"]').textContent()}`);
	const probe = await stopStallProbe(page);
	await page.close();
	// Two workers fetch the same files; count each once.
	const unique = [...new Set(files)];
	const js = unique.filter((file) => file.endsWith('.js') && !siteFiles.includes(file));
	const wasm = unique.filter((file) => file.endsWith('.wasm'));
	return {
		seconds,
		stall: Math.max(probe.longestGap, probe.longestTask),
		jsKb: js.reduce((sum, file) => sum + gzipKb(readFileSync(join(outDir, file))), 0),
		wasmKb: wasm.reduce((sum, file) => sum + gzipKb(readFileSync(join(outDir, file))), 0),
		wasmNames: wasm.map((file) => file.split('/').pop()).join(', '),
	};
}

function trainSource() {
	const out = fileURLToPath(new URL('../../.bench/lab-model/', import.meta.url));
	const started = Date.now();
	const result = spawnSync(process.execPath, [fileURLToPath(new URL('../train-source.mjs', import.meta.url)), '--out', out], { stdio: ['ignore', 'ignore', 'inherit'] });
	if (result.status !== 0) throw new Error(`lab bench: train-source.mjs failed (exit ${result.status})`);
	const seconds = (Date.now() - started) / 1000;
	rmSync(out, { recursive: true, force: true });
	return seconds;
}

export async function rows(ctx) {
	const server = await ctx.serve(ctx.outDir);
	const base = new URL(server.url).pathname;
	const browser = await chromium.launch({ executablePath: ctx.chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
	let measured;
	try {
		const plain = await pageLoad(browser, server.url + PLAIN_LESSON, ctx.outDir, base);
		const embedding = await pageLoad(browser, server.url + LAB_LESSON, ctx.outDir, base);
		const run = await defaultExperiment(browser, server.url + LAB_PAGE, ctx.outDir, base, plain.files);
		const idle = await idleStall(browser, server.url + LAB_PAGE, run.seconds);
		measured = [
			row('lab: default experiment, Run to results', run.seconds, 's', 10),
			row('lab: longest main-thread stall while training (frame gap or long task)', run.stall, 'ms', 50),
			{ name: 'lab: same probe on the idle lab page (machine baseline)', value: Math.round(idle * 100) / 100, unit: 'ms', budget: null, ok: true },
			{ name: 'lab: machine load average (1 min) when measured', value: Math.round(loadavg()[0] * 100) / 100, unit: '', budget: null, ok: true },
			row('lab: JavaScript fetched to run the lab (gzip)', run.jsKb, 'KB', 230),
			row(`lab: wasm binary fetched (gzip; ${run.wasmNames})`, run.wasmKb, 'KB', 150),
			row('lab: tfjs bytes on a plain lesson page', plain.tfjsBytes, 'B', 0),
			row('lab: tfjs bytes on the lesson embedding the lab, before Run', embedding.tfjsBytes, 'B', 0),
		];
	} finally {
		await browser.close();
		server.close();
	}
	const modelKb = ['model.json', 'weights.bin'].reduce((sum, file) => sum + statSync(join(MODEL_DIR, file)).size, 0) / 1000;
	return [...measured, row('lab: npm run train:source', trainSource(), 's', 60), row('lab: shipped source model size', modelKb, 'KB', 50)];
}

/** Standalone runs serve the build themselves, on this area's own port, polling until it answers. */
async function serveOnLabPort(dir) {
	const url = 'http://127.0.0.1:4336/';
	const server = spawn(process.execPath, [fileURLToPath(new URL('../serve.mjs', import.meta.url)), dir, '4336', '/'], { stdio: 'ignore' });
	for (let attempt = 0; ; attempt++) {
		try {
			await fetch(url);
			return { url, close: () => server.kill() };
		} catch (error) {
			if (attempt === 50) throw new Error(`lab bench: nothing answered at ${url} (${error.message})`);
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
}

const runAlone = process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (runAlone) {
	const { findChromium, howToGetChromium } = await import('../find-chromium.mjs');
	const chromiumPath = findChromium() ?? (console.error(howToGetChromium), process.exit(1));
	console.table(await rows({ chromiumPath, serve: serveOnLabPort, outDir: process.env.OUT_DIR || 'dist-lab' }));
}

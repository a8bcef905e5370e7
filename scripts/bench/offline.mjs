// Offline benchmark rows (issue 15): what a first visit to a locale stores
// for offline use, measured in headless Chromium: open the locale's start
// page in a fresh profile, wait until the service worker reports the
// locale's packs complete, and add up the bodies in the site's caches. The
// lab is kept only after a run or on request: its size (what the lab's
// button shows) is reported apart. `npm run bench -- offline` runs these rows only.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const MB = 1024 * 1024;
const BUDGET_MB = 3;

/** The worker's status reply (see src/components/offline/service-worker.ts). */
function status(page) {
	return page.evaluate(async () => {
		const { active } = await navigator.serviceWorker.ready;
		return new Promise((resolve) => {
			const channel = new MessageChannel();
			channel.port1.onmessage = (event) => resolve(event.data);
			active.postMessage({ type: 'status' }, [channel.port2]);
		});
	});
}

async function firstVisit(browser, url, packs) {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(url);
		const deadline = Date.now() + 120_000;
		for (;;) {
			const reply = await status(page);
			if (packs.every((pack) => reply.packs[pack]?.kept && reply.packs[pack].cached === reply.packs[pack].files)) break;
			if (Date.now() > deadline) throw new Error(`offline bench: ${packs.join(', ')} not kept after 2 minutes`);
			await page.waitForTimeout(250);
		}
		const stored = await page.evaluate(async () => {
			let bytes = 0;
			let files = 0;
			for (const name of await caches.keys()) {
				const cache = await caches.open(name);
				for (const request of await cache.keys()) {
					bytes += (await (await cache.match(request)).arrayBuffer()).byteLength;
					files += 1;
				}
			}
			return { bytes, files };
		});
		return { ...stored, lab: (await status(page)).packs.lab };
	} finally {
		await context.close();
	}
}

export async function rows(ctx) {
	const server = await ctx.serve(ctx.outDir);
	const browser = await chromium.launch({ executablePath: ctx.chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
	try {
		const results = [];
		let lab;
		// The locales are the build's folders with a web app manifest.
		const locales = readdirSync(ctx.outDir).filter((name) => existsSync(join(ctx.outDir, name, 'manifest.webmanifest')));
		for (const code of locales) {
			const visit = await firstVisit(browser, `${server.url}${code}/`, ['core', code]);
			lab = visit.lab;
			const value = visit.bytes / MB;
			results.push({ name: `bytes kept for offline use on a first visit to /${code}/ (${visit.files} files, lab excluded)`, value, unit: 'MB', budget: BUDGET_MB, ok: value <= BUDGET_MB });
		}
		results.push({ name: `the lab's offline size, kept after its first run or on request (${lab.files} files)`, value: lab.bytes / MB, unit: 'MB', budget: null, ok: true });
		return results;
	} finally {
		await browser.close();
		server.close();
	}
}


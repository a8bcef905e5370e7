// What the trainer benches record inside a page while something runs: the
// longest main-thread task, the longest animation frame and its blocking
// time.

/** Starts recording in the page. */
export function watchPage(page) {
	return page.evaluate(() => {
		const watched = { task: 0, frame: 0, frameBlocked: 0 };
		globalThis.__watched = watched;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) watched.task = Math.max(watched.task, entry.duration);
		}).observe({ type: 'longtask' });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) {
				watched.frame = Math.max(watched.frame, entry.duration);
				watched.frameBlocked = Math.max(watched.frameBlocked, entry.blockingDuration);
			}
		}).observe({ type: 'long-animation-frame' });
	});
}

/** What was recorded, once two more frames have been painted (so the last entries are reported). */
export function watched(page) {
	return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(globalThis.__watched), 50)))));
}

/** Machine baseline: the same recording on the trainer page left idle for `seconds`. */
export async function idlePage(browser, url, seconds) {
	const page = await (await browser.newContext()).newPage();
	await page.goto(url);
	await page.locator('[data-part="loading"]').waitFor({ state: 'hidden', timeout: 60_000 });
	await watchPage(page);
	await page.waitForTimeout(seconds * 1000);
	const measured = await watched(page);
	await page.close();
	return measured;
}

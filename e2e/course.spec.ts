import { expect, test } from './fixtures';
import { courseUrl } from './servers';

/**
 * Crawls the site built with BASE_PATH=/course/ from its root, following
 * every local link and asset reference, and reports any that do not load.
 */
test('the /course/ build has no broken local links or assets', async ({ request }) => {
	const origin = new URL(courseUrl).origin;
	const queue = [courseUrl];
	const seen = new Set(queue);
	const broken: string[] = [];
	let pages = 0;
	while (queue.length > 0) {
		const url = queue.shift()!;
		const response = await request.get(url);
		if (!response.ok()) {
			broken.push(`${url} → ${response.status()}`);
			continue;
		}
		if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
		pages++;
		const html = await response.text();
		for (const match of html.matchAll(/\s(?:href|src)="([^"#]+)(?:#[^"]*)?"/g)) {
			const raw = match[1]!.replaceAll('&amp;', '&');
			const target = new URL(raw, url);
			if (target.origin !== origin) continue;
			target.search = '';
			if (!target.pathname.startsWith('/course/')) {
				broken.push(`${url} links outside the base path: ${raw}`);
				continue;
			}
			if (!seen.has(target.href)) {
				seen.add(target.href);
				queue.push(target.href);
			}
		}
	}
	expect(broken).toEqual([]);
	expect(pages).toBeGreaterThan(10);
});

test('/course/ sends a Turkish browser to /course/tr/', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'tr-TR' });
	const page = await context.newPage();
	await page.goto(courseUrl);
	await expect(page).toHaveURL(`${courseUrl}tr/`);
	await context.close();
});

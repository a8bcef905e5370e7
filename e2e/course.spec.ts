import { expect, test } from './fixtures';
import { crawl } from './crawl';
import { courseUrl } from './servers';

/**
 * Crawls the site built with BASE_PATH=/course/ from its root, following
 * every local link and asset reference, and reports any that do not load.
 */
test('the /course/ build has no broken local links or assets', async ({ request }) => {
	const { broken, pages } = await crawl(request, courseUrl, '/course/');
	expect(broken).toEqual([]);
	expect(pages).toBeGreaterThan(10);
});

test('built without SITE_URL, no page claims an address the host never gave: no canonical link, no sitemap', async ({ request }) => {
	for (const path of ['en/', 'tr/strategies/transfer-learning/']) {
		const html = await (await request.get(`${courseUrl}${path}`)).text();
		expect(html).not.toMatch(/rel="canonical"|property="og:url"|rel="sitemap"|example\.org/);
	}
	expect((await request.get(`${courseUrl}sitemap-index.xml`)).status()).toBe(404);
});

test('/course/ sends a Turkish browser to /course/tr/', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'tr-TR' });
	const page = await context.newPage();
	await page.goto(courseUrl);
	await expect(page).toHaveURL(`${courseUrl}tr/`);
	await context.close();
});

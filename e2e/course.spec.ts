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

test('/course/ sends a Turkish browser to /course/tr/', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'tr-TR' });
	const page = await context.newPage();
	await page.goto(courseUrl);
	await expect(page).toHaveURL(`${courseUrl}tr/`);
	await context.close();
});

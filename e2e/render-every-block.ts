import type { Page } from '@playwright/test';

/**
 * Runs `check` with every block of the page laid out and painted, then puts
 * the page back. Blocks far from the screen skip rendering
 * (src/styles/offscreen-blocks.css): axe's colour checks look up what is
 * drawn at a point, and a block that renders while axe scrolls moves what is
 * below it; a block that is too wide is clipped to its box, where the
 * sideways-scrolling check would not see it.
 */
export async function withEveryBlockRendered<T>(page: Page, check: () => Promise<T>): Promise<T> {
	const style = await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
	try {
		return await check();
	} finally {
		await style.evaluate((element) => element.parentNode?.removeChild(element));
	}
}

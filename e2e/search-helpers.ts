import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Opens the search dialog by keyboard, as a learner would, once the page's
 * search script has run (it enables the button): a Control+K pressed before
 * that does nothing. Pagefind's interface is built as the dialog opens and
 * takes the focus once it is there.
 */
export async function openSearch(page: Page): Promise<Locator> {
	await expect(page.locator('button[data-open-modal]')).toBeEnabled();
	await page.keyboard.press('Control+k');
	const input = page.locator('#starlight__search input');
	await expect(input).toBeFocused({ timeout: 15_000 });
	return input;
}

/**
 * Searches by keyboard and returns the result links' addresses once results
 * show. The first search loads Pagefind's runtime, wasm, index and result
 * fragments: on a busy machine that takes well over the default 5 s.
 */
export async function searchFor(page: Page, query: string): Promise<string[]> {
	const input = await openSearch(page);
	await input.fill(query);
	const results = page.locator('.pagefind-ui__result-link');
	await expect(results.first()).toBeVisible({ timeout: 30_000 });
	return results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

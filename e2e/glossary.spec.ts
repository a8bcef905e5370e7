import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { fixtureUrl } from './servers';
import { searchFor } from './search-helpers';

/**
 * The glossary pages (order, letter index, anchors, fallback) and the term
 * links in lessons (first use only, definition on focus, hover and tap).
 */

const locales = [
	{ code: 'en', other: 'tr', transfer: 'Transfer learning', otherTransfer: 'Öğrenme aktarması', alphabet: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' },
	{ code: 'tr', other: 'en', transfer: 'Öğrenme aktarması', otherTransfer: 'Transfer learning', alphabet: 'ABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ' },
] as const;

const lesson = (code: string) => `/${code}/strategies/transfer-learning/`;

/** Presses Tab until the focused element matches `selector`, taking the skip link on the way; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 150): Promise<void> {
	for (let presses = 0; presses < limit; presses++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate((s) => (document.activeElement?.matches(s) ? 'target' : document.activeElement?.matches('.sl-skip-link') ? 'skip' : ''), selector);
		if (focused === 'target') return;
		// As a keyboard user does: the page's skip link passes the header and the sidebar.
		if (focused === 'skip') await page.keyboard.press('Enter');
	}
	throw new Error(`Tab never reached ${selector}`);
}

for (const locale of locales) {
	test.describe(`glossary page (${locale.code})`, () => {
		test('lists at least 40 terms in the alphabetical order of the language, with no axe violations', async ({ page }) => {
			await page.goto(`/${locale.code}/glossary/`);
			const terms = await page.locator('.glossary-entry h3').allTextContents();
			expect(terms.length).toBeGreaterThanOrEqual(40);
			const collator = new Intl.Collator(locale.code, { sensitivity: 'base', numeric: true });
			expect(terms).toEqual([...terms].sort(collator.compare));
			const letters = await page.locator('.glossary__letter h2').allTextContents();
			// Letters in the order of the language's alphabet: Ç after C, Ö after O, İ after I in Turkish.
			expect(letters).toEqual([...locale.alphabet].filter((letter) => letters.includes(letter)));
			expect(await page.locator('.glossary__index a').allTextContents()).toEqual(letters);
			expect(await axeViolations(page)).toEqual([]);
		});

		test('the letter index is reachable and usable by keyboard', async ({ page }) => {
			await page.goto(`/${locale.code}/glossary/`);
			const targets = await page.locator('.glossary__index a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
			for (const target of targets) await expect(page.locator(`[id="${decodeURIComponent(target!.slice(1))}"]`)).toHaveCount(1);
			await tabTo(page, '.glossary__index a');
			const last = page.locator('.glossary__index a').last();
			await last.focus();
			await page.keyboard.press('Enter');
			const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
			expect(hash).toBe(decodeURIComponent(targets.at(-1)!.slice(1)));
			await expect(page.locator(`[id="${hash}"]`)).toBeInViewport();
			await page.locator(`section:has([id="${hash}"]) .glossary__back a`).click();
			await expect(page.locator('#glossary-index')).toBeInViewport();
		});

		test('each term has its own anchor, with the other language, alternatives and lessons', async ({ page }) => {
			await page.goto(`/${locale.code}/glossary/#transfer-learning`);
			const heading = page.locator('h3#transfer-learning');
			await expect(heading).toHaveText(locale.transfer);
			await expect(heading).toBeInViewport();
			const entry = page.locator('article', { has: heading });
			await expect(entry.locator(`dd[lang="${locale.other}"]`)).toHaveText(locale.otherTransfer);
			if (locale.code === 'tr') await expect(entry.locator('dd', { hasText: 'aktarma öğrenmesi' })).toHaveCount(1);
			const lessonLink = entry.locator(`a[href$="/${locale.code}/strategies/transfer-learning/"]`);
			await lessonLink.click();
			await expect(page.locator('h1')).toHaveText(locale.transfer);
		});

		test('search finds the glossary by a term’s other name', async ({ page }) => {
			await page.goto(`/${locale.code}/glossary/`);
			const hrefs = await searchFor(page, locale.code === 'tr' ? 'seyreltme' : 'ConvNet');
			expect(hrefs.some((href) => href.startsWith(`/${locale.code}/glossary/`))).toBe(true);
		});
	});

	test.describe(`term links in a lesson (${locale.code})`, () => {
		test('link the first use of each term to its glossary entry, and show its definition on hover', async ({ page }) => {
			await page.goto(lesson(locale.code));
			const links = page.locator('.sl-markdown-content .glossary-term__link');
			const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
			expect(hrefs.length).toBeGreaterThan(10);
			expect(new Set(hrefs).size).toBe(hrefs.length);
			expect(hrefs.every((href) => href.startsWith(`/${locale.code}/glossary/#`))).toBe(true);
			await expect(page.locator(':is(h1, h2, h3, h4) .glossary-term')).toHaveCount(0);
			await expect(links.first()).toHaveText(new RegExp(`^${locale.transfer}`, 'i'));
			const hovered = page.locator('.glossary-term').nth(1);
			await hovered.locator('a').hover();
			await expect(hovered.locator('[role="tooltip"]')).toBeVisible();
			await page.mouse.move(0, 0);
			await expect(hovered.locator('[role="tooltip"]')).toBeHidden();
			await links.first().click();
			await expect(page).toHaveURL(new RegExp(`/${locale.code}/glossary/#transfer-learning$`));
			await expect(page.locator('#transfer-learning')).toBeInViewport();
		});

		test('show the definition on keyboard focus, with no axe violations, and hide it on Escape', async ({ page }) => {
			await page.goto(lesson(locale.code));
			await tabTo(page, '.glossary-term__link');
			const link = page.locator('.glossary-term__link:focus');
			const tip = page.locator(`[id="${await link.getAttribute('aria-describedby')}"]`);
			await expect(tip).toHaveAttribute('role', 'tooltip');
			await expect(tip).toBeVisible();
			// The lesson itself, definitions closed, is checked by e2e/exercises.spec.ts.
			expect(await axeViolations(page, '.sl-markdown-content .glossary-term')).toEqual([]);
			const id = new URL((await link.getAttribute('href'))!, page.url()).hash.slice(1);
			await page.keyboard.press('Escape');
			await expect(tip).toBeHidden();
			await page.keyboard.press('Tab');
			await expect(page.locator('.glossary-term:focus-within .glossary-term__tip')).toBeVisible();
			await expect(tip).toBeHidden();
			// The preview is the glossary's own definition.
			const preview = await tip.textContent();
			await page.goto(`/${locale.code}/glossary/`);
			await expect(page.locator(`article:has(h3[id="${id}"]) .glossary-entry__definition`)).toHaveText(preview!);
		});

		test('on a touch screen, a first tap shows the definition and a second follows the link', async ({ browser }) => {
			const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
			const page = await context.newPage();
			await page.goto(lesson(locale.code));
			const term = page.locator('.sl-markdown-content .glossary-term').first();
			await term.locator('a').tap();
			await expect(term.locator('[role="tooltip"]')).toBeVisible();
			expect(new URL(page.url()).pathname).toBe(lesson(locale.code));
			await term.locator('a').tap();
			await expect(page).toHaveURL(/\/glossary\/#transfer-learning$/);
			await context.close();
		});
	});
}

test('entries missing in a locale show in English with a notice', async ({ page }) => {
	// The fixture site adds Arabic with only a few glossary entries, transfer learning not among them (scripts/fixture-site.mjs).
	await page.goto(`${fixtureUrl}ar/glossary/`);
	await expect(page.locator('.glossary__notice')).toBeVisible();
	const entries = await page.locator('.glossary-entry').count();
	const notices = await page.locator('.glossary-entry__notice').count();
	expect(notices).toBeGreaterThan(0);
	expect(notices).toBeLessThan(entries);
	const entry = page.locator('.glossary-entry', { has: page.locator('h3#transfer-learning') });
	await expect(entry.locator('h3')).toHaveText('Transfer learning');
	await expect(entry.locator('h3')).toHaveAttribute('lang', 'en');
	await expect(entry.locator('.glossary-entry__notice')).toBeVisible();
	// The notices are not translated into Arabic yet: in English, they name the languages in English, marked as English.
	await expect(page.locator('.glossary__notice')).toHaveText(/ are shown in English\.$/);
	await expect(page.locator('.glossary__notice')).toHaveAttribute('lang', 'en');
	await expect(entry.locator('.glossary-entry__notice')).toHaveText('Not translated yet: shown in English.');
	await expect(entry.locator('.glossary-entry__notice')).toHaveAttribute('lang', 'en');
	const translated = page.locator('.glossary-entry', { has: page.locator('h3#fine-tuning') });
	await expect(translated.locator('dt[lang="en"]', { hasText: /^In / })).toHaveText(['In English', 'In Turkish']);
	expect(await axeViolations(page)).toEqual([]);
});

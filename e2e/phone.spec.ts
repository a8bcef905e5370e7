import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { expectPhoneLayout, layoutShiftsAtLoad } from './layout-checks';
import { currentCard, openBackupPanel, openTrainer, showAnswerByKeyboard } from './trainer-helpers';

/**
 * Phones: no page moves under the reader while it loads, no page scrolls
 * sideways, every target is at least 24 × 24 px (WCAG 2.5.8; see
 * layout-checks.ts for the rule and its inline-link exception), and
 * revealing an answer keeps its first line on screen with the rating
 * buttons in reach.
 */
const narrowest = { width: 360, height: 640 };
const phones = [narrowest, { width: 375, height: 667 }];
// Lessons: one with figures, formulas and exercises, one with a Markdown table, one with the widest display formulas.
const pageTypes = ['', 'strategies/transfer-learning/', 'strategies/other-strategies/', 'regularization/', 'glossary/', 'practice/lab/', 'translation-status/', 'does-not-exist/'];

for (const viewport of phones) {
	test.describe(`${viewport.width} × ${viewport.height}`, () => {
		test.use({ viewport, isMobile: true, hasTouch: true });
		// Each test walks through many pages or states.
		test.describe.configure({ timeout: 180_000 });

		for (const locale of ['en', 'tr'] as const) {
			test(`every page type fits (${locale})`, async ({ page }) => {
				for (const path of pageTypes) {
					await page.goto(`/${locale}/${path}`);
					expect(await layoutShiftsAtLoad(page), `layout shifts while /${locale}/${path} loads`).toEqual([]);
					await expectPhoneLayout(page, `/${locale}/${path}`);
				}
				// The lab's custom settings: its selects and the amounts field.
				await page.goto(`/${locale}/practice/lab/?experiment=custom`);
				await expect(page.locator('transfer-lab [data-part="custom"]')).toBeVisible();
				await expectPhoneLayout(page, `/${locale}/practice/lab/ with custom settings`);
				await page.goto(`/${locale}/strategies/transfer-learning/`);
				await page.locator('button.sl-menu-button').click();
				await expect(page.locator('#starlight__sidebar')).toBeVisible();
				await expectPhoneLayout(page, `/${locale}/ with the menu open`);
			});

			test(`the trainer fits and nothing moves while it loads: decks, panels, a card and its answer (${locale})`, async ({ page }) => {
				await openTrainer(page, locale, 'transfer-learning');
				await expect(page.locator('.trainer-card')).toBeVisible();
				expect(await layoutShiftsAtLoad(page), 'layout shifts while the trainer opens on a deck').toEqual([]);
				await openTrainer(page, locale);
				expect(await layoutShiftsAtLoad(page), 'layout shifts while the deck list loads').toEqual([]);
				await expectPhoneLayout(page, 'the deck list');
				const header = page.locator('header.header');
				const menu = page.locator('button.sl-menu-button');
				await expect(menu).toBeInViewport({ ratio: 1 });
				const title = page.locator('.site-title__short');
				await expect(title).toBeVisible();
				expect(await title.evaluate((element) => element.scrollWidth <= element.clientWidth), 'the site title is not cut off').toBe(true);
				await expect(header).toBeVisible();

				// Every panel, so that every form control of the trainer is measured.
				for (const panel of ['stats', 'cards', 'optimizer', 'workload', 'settings-panel']) await page.locator(`[data-part="${panel}"] > summary`).click();
				await expect(page.locator('[data-part="stats"] canvas').first()).toBeVisible();
				for (const panel of ['cards', 'optimizer', 'workload']) await expect(page.locator(`[data-part="${panel}"] :is(button, input, select)`).first()).toBeVisible();
				await openBackupPanel(page);
				const data = page.locator('[data-part="data"]');
				await page.locator('[data-part="data"] > summary').click();
				await data.locator('.trainer-backup-row button').click();
				await expect(data.locator('.trainer-data-status')).not.toBeEmpty();
				await expectPhoneLayout(page, 'the trainer with statistics, settings, backup and a check of the data open');

				await page.locator('[data-deck="all"] button').click();
				await currentCard(page);
				await expectPhoneLayout(page, 'a card');
				const kinds = new Set<string>();
				for (let turn = 0; turn < 12 && kinds.size < 2; turn++) {
					// Reading down to the end of the question first, as on a phone: the answer then opens below the screen's edge.
					await page.locator('.trainer-card .trainer-prompt').evaluate((prompt) => window.scrollBy(0, prompt.getBoundingClientRect().bottom - window.innerHeight + 8));
					const card = await showAnswerByKeyboard(page);
					kinds.add(card.kind);
					await expectAnswerInView(page);
					await expectPhoneLayout(page, `the answer of ${card.key}`);
					await page.keyboard.press('Enter');
					await expect(page.locator(`.trainer-card[data-key="${card.key}"] .trainer-ratings`)).toHaveCount(0);
				}
				expect([...kinds].sort()).toEqual(['choice', 'flashcard']);
			});
		}
	});
}

test.describe('360 × 640: the lab with its results', () => {
	test.use({ viewport: narrowest, isMobile: true, hasTouch: true });
	// A real (small) training run.
	test.setTimeout(300_000);

	test('charts, verdict and results table fit (Turkish: the longest method names)', async ({ page }) => {
		await page.goto('/tr/practice/lab/?experiment=features&variant=violated');
		const lab = page.locator('transfer-lab').first();
		await lab.locator('[data-part="run"]').click();
		// While it runs the results table has no rows yet: its header row, off screen at this width, still makes it a whole table.
		await expect(lab.locator('[data-part="results"]')).toBeVisible();
		await expect(lab).toHaveAttribute('aria-busy');
		await expect(lab.locator('tbody[data-part="rows"] tr')).toHaveCount(0);
		expect(await axeViolations(page, 'transfer-lab')).toEqual([]);
		await expect(lab).toHaveAttribute('data-run-count', '1', { timeout: 240_000 });
		await expect(lab).toHaveAttribute('data-state', 'done');
		await expect(lab.locator('tbody[data-part="rows"] tr')).toHaveCount(4);
		await expectPhoneLayout(page, 'the lab with results');
	});
});

/** The answer's first line is on screen, below the header and above the rating bar; every rating button is on screen and thumb-sized; the answer is announced. */
async function expectAnswerInView(page: Page): Promise<void> {
	const layout = await page.evaluate(() => {
		const start = document.querySelector('.trainer-card [data-part="answer-start"]');
		const bar = document.querySelector('.trainer-ratings');
		if (!start || !bar) throw new Error('no answer or rating bar on screen');
		const box = start.getBoundingClientRect();
		const firstLineBottom = box.top + Math.min(box.height, Number.parseFloat(getComputedStyle(start).lineHeight));
		const covers = [...document.querySelectorAll('header.header, mobile-starlight-toc nav')].map((element) => element.getBoundingClientRect().bottom);
		return {
			top: box.top,
			firstLineBottom,
			headerBottom: Math.max(0, ...covers),
			barTop: bar.getBoundingClientRect().top,
			viewportHeight: window.innerHeight,
			buttons: [...bar.querySelectorAll('button')].map((button) => {
				const { top, bottom, height } = button.getBoundingClientRect();
				return { top, bottom, height };
			}),
		};
	});
	expect(layout.top, 'the answer starts below the header').toBeGreaterThanOrEqual(layout.headerBottom - 0.5);
	expect(layout.firstLineBottom, 'the answer’s first line is above the rating bar').toBeLessThanOrEqual(layout.barTop + 0.5);
	expect(layout.buttons).toHaveLength(4);
	for (const button of layout.buttons) {
		expect(button.top).toBeGreaterThanOrEqual(layout.headerBottom);
		expect(button.bottom).toBeLessThanOrEqual(layout.viewportHeight + 0.5);
		expect(button.height, 'rating buttons are comfortable for a thumb').toBeGreaterThanOrEqual(44);
	}
	await expect(page.locator('.trainer-rating.is-offered')).toBeFocused();
	// Focus is on the ratings, so the answer is read out: a flashcard's back, a choice's verdict.
	await expect(page.locator('[data-part="live"]')).toContainText((await page.locator('.trainer-card [data-part="answer-start"]').textContent()) ?? '');
}

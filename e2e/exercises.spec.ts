import type { Locator, Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { courseUrl } from './servers';

/**
 * Every lesson ends with exercises whose worked solutions stay hidden until
 * the reader opens them, by keyboard too, without JavaScript; labs are
 * linked with their settings in the query, which the base path keeps.
 */
const lessons = ['strategies/introduction/', 'strategies/transfer-learning/', 'strategies/transfer-learning-today/', 'strategies/other-strategies/', 'regularization/'];
/** The lesson with the decision guide, the evidence chart, the lab, a reflowing table and glossary terms. */
const richestLesson = 'strategies/transfer-learning/';
const locales = ['en', 'tr'] as const;
const solutionLabel = { en: 'Solution', tr: 'Çözüm' };

const exercises = (page: Page) => page.locator('.sl-markdown-content section.exercise');

/** The heading ids of the lesson's h2 sections, in page order. */
function sectionIds(page: Page): Promise<string[]> {
	return page.locator('.sl-markdown-content h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
}

async function openByKeyboard(summary: Locator) {
	await summary.focus();
	await expect(summary).toBeFocused();
	await summary.press('Enter');
}

for (const lesson of lessons) {
	for (const locale of locales) {
		test.describe(`${locale}/${lesson}`, () => {
			test('ends with at least three exercises, each with a hidden solution that the keyboard opens and closes, that fits a 360 px phone open and prints; axe finds nothing with a solution open, light and dark', async ({ page }) => {
				// Every exercise of the lesson is opened and closed, then axe runs twice over the whole lesson: most of a minute on a busy machine.
				test.slow();
				await page.emulateMedia({ colorScheme: 'light' });
				await page.setViewportSize({ width: 360, height: 740 });
				await page.goto(`/${locale}/${lesson}`);
				expect((await sectionIds(page)).at(-1)).toBe('exercises');
				const all = exercises(page);
				expect(await all.count()).toBeGreaterThanOrEqual(3);
				for (const exercise of await all.all()) {
					const title = (await exercise.locator('.exercise-title').textContent())?.trim() ?? '';
					expect(title.length).toBeGreaterThan(3);
					await expect(exercise.locator('.exercise-question')).toBeVisible();
					const summary = exercise.locator('summary');
					await expect(summary).toHaveAccessibleName(new RegExp(`^${solutionLabel[locale]}.*${title.replace(/[?.*+()]/g, '\\$&')}`));
					const solution = exercise.locator('.exercise-solution-body');
					await expect(solution).toBeHidden();
					await openByKeyboard(summary);
					await expect(solution).toBeVisible();
					expect((await solution.innerText()).trim().length).toBeGreaterThan(40);
					expect(await exercise.evaluate((node) => node.scrollWidth - node.clientWidth)).toBeLessThanOrEqual(0);
					await summary.press('Space');
					await expect(solution).toBeHidden();
				}
				// Paper cannot open a solution: print shows them all.
				await page.emulateMedia({ media: 'print' });
				for (const solution of await page.locator('.exercise-solution-body').all()) await expect(solution).toBeVisible();

				// On a desktop screen (sidebar and table of contents shown), with one solution open.
				await page.emulateMedia({ media: 'screen' });
				await page.setViewportSize({ width: 1280, height: 800 });
				await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
				await openByKeyboard(all.first().locator('summary'));
				await expect(all.first().locator('.exercise-solution-body')).toBeVisible();
				expect(await axeViolations(page)).toEqual([]);
				// In the dark theme: the exercises, and the whole page of the lesson that holds every kind of figure.
				await page.locator('starlight-theme-select select').first().selectOption('dark');
				await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
				expect(await axeViolations(page, lesson === richestLesson ? undefined : '.sl-markdown-content section.exercise')).toEqual([]);
			});
		});
	}
}

test('works without JavaScript: the solution opens from the keyboard', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/tr/strategies/introduction/');
	const summary = exercises(page).first().locator('summary');
	await openByKeyboard(summary);
	await expect(exercises(page).first().locator('.exercise-solution-body')).toBeVisible();
	await context.close();
});

for (const lesson of ['strategies/introduction/', 'strategies/transfer-learning/']) {
	test(`lab links in the exercises of ${lesson} keep their settings under a base path`, async ({ page }) => {
		await page.goto(`${courseUrl}en/${lesson}`);
		const hrefs = await exercises(page).locator('a[href*="practice/lab/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs.length).toBeGreaterThan(0);
		// A ready experiment, or custom settings named as the lab form's fields.
		for (const href of hrefs) expect(href).toMatch(/^\/course\/en\/practice\/lab\/\?(experiment=(input|data|features)&variant=(holds|violated)|task=[a-z]+(&input=[a-z]+)?&amounts=[\d,]+&methods=[a-z,-]+)$/);
	});
}

for (const locale of locales) {
	test(`the decision guide in ${locale} leads from two questions and a table to the four methods, and fits a phone`, async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(`/${locale}/strategies/transfer-learning/`);
		const guide = page.locator('.sl-markdown-content figure.decision-guide');
		await expect(guide).toBeVisible();
		await expect(guide).toHaveAccessibleName(/.{20,}/);
		await expect(guide.locator('.dg-question')).toHaveCount(3);
		const table = guide.locator('table');
		await expect(table.locator('thead th[scope="col"]')).toHaveCount(3);
		await expect(table.locator('tbody th[scope="row"]')).toHaveCount(3);
		const methods = await guide.locator('.dg-method').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-method')));
		expect(new Set(methods)).toEqual(new Set(['scratch', 'linear-probe', 'fine-tune-top', 'fine-tune-all']));
		for (const name of await guide.locator('.dg-method').allInnerTexts()) expect(name.trim().length).toBeGreaterThan(5);
		// Features that do not help and little data: fine-tuning all layers, to be compared with a from-scratch baseline.
		const unrelatedLittle = table.locator('tbody tr').nth(2).locator('td').first();
		await expect(unrelatedLittle.locator('.dg-method')).toHaveAttribute('data-method', 'fine-tune-all');
		await expect(unrelatedLittle.locator('.dg-note')).toHaveText(/.{30,}/);
		expect(await guide.evaluate((node) => node.scrollWidth - node.clientWidth)).toBeLessThanOrEqual(0);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
	});
}

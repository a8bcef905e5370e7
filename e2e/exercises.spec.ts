import type { Locator, Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { courseUrl } from './servers';

/**
 * Every lesson ends with exercises whose worked solutions stay hidden until
 * the reader opens them, by keyboard too, without JavaScript; labs are
 * linked with their settings in the query, which the base path keeps.
 */
const lessons = ['strategies/introduction/'];
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
			test('ends with at least three exercises, each with a hidden solution that the keyboard opens and closes', async ({ page }) => {
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
					await summary.press('Space');
					await expect(solution).toBeHidden();
				}
			});

			test('axe finds nothing with a solution open, and nothing overflows a 360 px phone', async ({ page }) => {
				await page.setViewportSize({ width: 360, height: 740 });
				await page.goto(`/${locale}/${lesson}`);
				await openByKeyboard(exercises(page).first().locator('summary'));
				expect(await axeViolations(page)).toEqual([]);
				for (const exercise of await exercises(page).all()) {
					const overflow = await exercise.evaluate((node) => node.scrollWidth - node.clientWidth);
					expect(overflow).toBeLessThanOrEqual(0);
				}
			});

			test('prints every solution, since paper cannot open one', async ({ page }) => {
				await page.goto(`/${locale}/${lesson}`);
				await page.emulateMedia({ media: 'print' });
				for (const solution of await page.locator('.exercise-solution-body').all()) await expect(solution).toBeVisible();
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

test('lab links keep their preset settings under a base path', async ({ page }) => {
	await page.goto(`${courseUrl}en/strategies/introduction/`);
	const hrefs = await exercises(page).locator('a[href*="practice/lab/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(hrefs.length).toBeGreaterThan(0);
	for (const href of hrefs) expect(href).toMatch(/^\/course\/en\/practice\/lab\/\?experiment=(input|data|features)&variant=(holds|violated)$/);
});

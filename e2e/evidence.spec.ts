import { readFileSync } from 'node:fs';
import { axeViolations, expect, test } from './fixtures';
import { TEXT_SPACING_CSS } from './layout-checks';

/**
 * The transfer-learning lesson's evidence figure, drawn at build time from
 * content/evidence/: a chart without client script, a caption stating the
 * crossovers, and the numbers as tables behind a disclosure, in both
 * languages, both colour schemes and on a 360 px phone.
 */
interface Evidence {
	settings: { methods: string[]; amounts: number[]; seeds: number[] };
	variants: { id: string; violates: string | null }[];
	results: { variant: string; method: string; amount: number; accuracies: number[] }[];
}
const evidence = JSON.parse(readFileSync('content/evidence/transfer-learning.json', 'utf8')) as Evidence;
const { methods, amounts } = evidence.settings;
const lesson = (locale: string) => `/${locale}/strategies/transfer-learning/`;
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
/** The short method names a locale's tables label their cells with. */
const methodNames = (locale: string) => {
	const names = JSON.parse(readFileSync(`src/i18n/${locale}/methods.json`, 'utf8')) as Record<string, string>;
	return methods.map((method) => names[`method.${method}.short`] as string);
};

for (const locale of ['en', 'tr'] as const) {
	const accuracy = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
	const count = new Intl.NumberFormat(locale);

	test.describe(`evidence figure in ${locale}`, () => {
		test('draws one line per method in a panel per variant, dashed where a condition is violated, with no script of its own', async ({ page }) => {
			await page.goto(lesson(locale));
			const figure = page.locator('figure.evidence');
			const chart = figure.locator('svg[role="img"]');
			await expect(chart).toBeVisible();
			await expect(chart).toHaveAccessibleName(/.{20,}/);
			expect(await chart.locator('.evidence-line').count()).toBe(methods.length * evidence.variants.length);
			expect(await chart.locator('.evidence-line[stroke-dasharray]').count()).toBe(methods.length * evidence.variants.filter((v) => v.violates).length);
			const markers = await chart.locator('.evidence-marker').evaluateAll((paths) => paths.map((path) => path.getAttribute('d')?.match(/M/g)?.length));
			expect(markers).toEqual(Array(methods.length * evidence.variants.length).fill(amounts.length));
			await expect(chart.locator('text', { hasText: count.format(amounts.at(-1)!) }).first()).toBeVisible();
			await expect(figure.locator('figcaption')).toContainText(count.format(evidence.settings.seeds.length));
			expect(await figure.locator('script').count()).toBe(0);
		});

		test('opens the tables by keyboard, with every mean as the data has it', async ({ page }) => {
			await page.goto(lesson(locale));
			const summary = page.locator('figure.evidence summary');
			await summary.focus();
			await page.keyboard.press('Enter');
			const tables = page.locator('figure.evidence table');
			await expect(tables.first()).toBeVisible();
			expect(await tables.count()).toBe(evidence.variants.length);
			for (const [index, variant] of evidence.variants.entries()) {
				const table = tables.nth(index);
				await expect(table.locator('thead th')).toHaveCount(methods.length + 1);
				await expect(table.locator('tbody tr')).toHaveCount(amounts.length);
				for (const [row, amount] of amounts.entries()) {
					await expect(table.locator('tbody tr').nth(row).locator('th')).toContainText(count.format(amount));
					for (const [column, method] of methods.entries()) {
						const result = evidence.results.find((r) => r.variant === variant.id && r.method === method && r.amount === amount)!;
						await expect(table.locator('tbody tr').nth(row).locator('td').nth(column)).toContainText(accuracy.format(mean(result.accuracies) * 100));
					}
				}
			}
		});

		for (const colorScheme of ['light', 'dark'] as const) {
			test(`has no axe violations in the ${colorScheme} theme, tables open`, async ({ page }) => {
				// The rest of the lesson is checked by e2e/exercises.spec.ts: here the figure, tables open, in each theme.
				await page.emulateMedia({ colorScheme });
				await page.goto(lesson(locale));
				await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
				await page.locator('figure.evidence summary').click();
				await page.locator('figure.evidence').scrollIntoViewIfNeeded();
				expect(await axeViolations(page, 'figure.evidence')).toEqual([]);
			});
		}

		test('fits a 360 px phone: the chart, its labels and every table cell on screen, each cell named by its method; at 320 px with WCAG text spacing too', async ({ page }) => {
			await page.setViewportSize({ width: 360, height: 740 });
			await page.goto(lesson(locale));
			await page.locator('figure.evidence summary').click();
			const figure = page.locator('figure.evidence');
			await figure.scrollIntoViewIfNeeded();
			const layout = await figure.evaluate((element) => {
				const right = document.documentElement.clientWidth;
				const outside = (selector: string) =>
					[...element.querySelectorAll(selector)].filter((node) => node.getBoundingClientRect().right > right + 0.5).map((node) => node.textContent);
				return { pageOverflow: document.documentElement.scrollWidth - right, textOutside: outside('svg text'), cellsOutside: outside('table :is(th, td)') };
			});
			expect(layout).toEqual({ pageOverflow: 0, textOutside: [], cellsOutside: [] });
			const firstCell = figure.locator('table td').first();
			expect(await firstCell.evaluate((cell) => getComputedStyle(cell, '::before').content)).toContain(methodNames(locale)[0]);
			const textHeight = await figure.locator('svg text').first().evaluate((text) => text.getBoundingClientRect().height);
			expect(textHeight).toBeGreaterThanOrEqual(10);

			// WCAG 1.4.12: a reader's spacing loses nothing. The chart's text is measured with room for it (chart-layout.ts), so every
			// panel title and label stays inside the chart and no two texts run into each other; the header's short title wraps
			// rather than being cut off.
			await page.setViewportSize({ width: 320, height: 640 });
			await page.addStyleTag({ content: TEXT_SPACING_CSS });
			const spaced = await figure.evaluate((element) => {
				const chart = element.querySelector('svg')!.getBoundingClientRect();
				const title = document.querySelector('.site-title__short')!;
				const titleBox = title.getBoundingClientRect();
				const header = document.querySelector('header.header')!.getBoundingClientRect();
				const texts = [...element.querySelectorAll('svg text')];
				return {
					pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
					textOutsideChart: texts
						.filter((text) => {
							const box = text.getBoundingClientRect();
							// A glyph may reach a pixel past its origin (a bold "w" does): that is not text cut off.
							return box.left < chart.left - 1.5 || box.right > chart.right + 1.5;
						})
						.map((text) => text.textContent),
					overlapping: texts.flatMap((text, index) =>
						texts.slice(index + 1).flatMap((other) => {
							const [a, b] = [text.getBoundingClientRect(), other.getBoundingClientRect()];
							const overlaps = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
							return overlaps ? [`${text.textContent} / ${other.textContent}`] : [];
						}),
					),
					titleCut: title.scrollWidth > title.clientWidth || titleBox.top < header.top - 0.5 || titleBox.bottom > header.bottom + 0.5,
				};
			});
			expect(spaced).toEqual({ pageOverflow: 0, textOutsideChart: [], overlapping: [], titleCut: false });
		});
	});
}

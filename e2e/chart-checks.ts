import { expect, type Locator, type Page } from '@playwright/test';

type Rgb = [number, number, number];

function luminance([r, g, b]: Rgb): number {
	const channel = (value: number) => {
		const c = value / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two colours. */
function contrast(a: Rgb, b: Rgb): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

/**
 * The colour a chart's x axis labels are drawn in: the commonest opaque
 * pixel of the canvas's bottom strip (where only the tick labels and the
 * axis title are), the glyphs' cores being drawn in exactly that colour.
 */
function axisLabelColour(canvas: Locator): Promise<Rgb> {
	return canvas.evaluate((element: HTMLCanvasElement) => {
		const context = element.getContext('2d');
		if (!context) throw new Error('the chart has no 2d context');
		const strip = Math.min(30, element.height);
		const data = context.getImageData(0, element.height - strip, element.width, strip).data;
		const counts = new Map<string, number>();
		for (let i = 0; i < data.length; i += 4) {
			if ((data[i + 3] ?? 0) < 250) continue;
			const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		const commonest = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
		if (!commonest) throw new Error('the chart has no axis labels drawn');
		return commonest.split(',').map(Number) as Rgb;
	});
}

/** How many of the canvas's pixels are drawn, opaque, within a unit per channel of the colour (grid lines are drawn on whole pixels). */
function pixelsOf(canvas: Locator, colour: Rgb): Promise<number> {
	return canvas.evaluate((element: HTMLCanvasElement, [r, g, b]) => {
		const context = element.getContext('2d');
		if (!context) throw new Error('the chart has no 2d context');
		const data = context.getImageData(0, 0, element.width, element.height).data;
		let count = 0;
		for (let i = 0; i < data.length; i += 4) {
			if ((data[i + 3] ?? 0) >= 250 && Math.abs((data[i] ?? 0) - r) <= 1 && Math.abs((data[i + 1] ?? 0) - g) <= 1 && Math.abs((data[i + 2] ?? 0) - b) <= 1) count++;
		}
		return count;
	}, colour);
}

/** The theme's chart text and line colours (Starlight's --sl-color-gray-2 and -5) and the page's background, as the browser resolves them now. */
function themeColours(page: Page): Promise<{ text: Rgb; grid: Rgb; background: Rgb }> {
	return page.evaluate(() => {
		const rgb = (colour: string) => (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number) as Rgb;
		const resolve = (variable: string) => {
			const probe = document.createElement('span');
			probe.style.color = `var(${variable})`;
			document.body.append(probe);
			const colour = rgb(getComputedStyle(probe).color);
			probe.remove();
			return colour;
		};
		return { text: resolve('--sl-color-gray-2'), grid: resolve('--sl-color-gray-5'), background: rgb(getComputedStyle(document.body).backgroundColor) };
	});
}

/**
 * Switches the site's theme with Starlight's theme picker and checks that
 * the chart redraws its labels in the new theme's text colour, at 4.5:1 or
 * more against the page, and its grid and axis lines in the theme's line
 * colour (chart.js's own, 10 % black, could not be seen on the dark theme).
 */
export async function expectChartFollowsTheme(page: Page, canvas: Locator, theme: 'light' | 'dark'): Promise<void> {
	await page.locator('starlight-theme-select select').first().selectOption(theme);
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
	const { text, grid, background } = await themeColours(page);
	// Text is drawn with subpixel positions: its commonest pixel may be a unit off the colour in a channel.
	const distance = (colour: Rgb) => Math.max(...colour.map((channel, index) => Math.abs(channel - (text[index] ?? 0))));
	let drawn: Rgb = [0, 0, 0];
	await expect
		.poll(async () => distance((drawn = await axisLabelColour(canvas))), { message: `the chart's labels take the ${theme} theme's text colour, ${text.join(', ')}` })
		.toBeLessThanOrEqual(2);
	expect(contrast(drawn, background), `chart labels (${drawn.join(', ')}) against the ${theme} page (${background.join(', ')})`).toBeGreaterThanOrEqual(4.5);
	await expect.poll(() => pixelsOf(canvas, grid), { message: `the chart's grid lines take the ${theme} theme's line colour, ${grid.join(', ')}` }).toBeGreaterThan(100);
}

import { Chart } from 'chart.js';

/** The colours the trainer's and the lab's charts take from the site's theme. */
export interface ChartColors {
	accent: string;
	text: string;
	muted: string;
	/** Grid and axis lines: chart.js's default (10 % black) vanished on the dark theme's background. */
	grid: string;
}

function readColors(): ChartColors {
	const styles = getComputedStyle(document.documentElement);
	return {
		accent: styles.getPropertyValue('--sl-color-accent').trim() || '#4a6fd8',
		text: styles.getPropertyValue('--sl-color-gray-2').trim() || '#555',
		muted: styles.getPropertyValue('--sl-color-gray-3').trim() || '#888',
		grid: styles.getPropertyValue('--sl-color-gray-5').trim() || '#ccc',
	};
}

let colors: ChartColors | undefined;

/**
 * The current theme's chart colours. A dataset colour that depends on the
 * theme is given as a function that calls this (a scriptable option), so
 * each drawing reads it afresh.
 */
export function chartColors(): ChartColors {
	colors ??= readColors();
	return colors;
}

/** A chart's own options, as far as text colours go: plain objects, which chart.js reads again at each update. */
interface TextOptions {
	scales?: Record<string, { ticks?: { color?: string }; title?: { color?: string }; grid?: { color?: string }; border?: { color?: string } } | undefined>;
	plugins?: { legend?: { labels?: { color?: string } } };
}

/** Writes the theme's text and line colours into the chart's own options: every scale's ticks, title, grid and axis line, and the legend. */
function paintTheme(chart: Chart): void {
	const { text, grid } = chartColors();
	const options = chart.config.options as TextOptions;
	for (const scale of Object.values(options.scales ?? {})) {
		if (!scale) continue;
		(scale.ticks ??= {}).color = text;
		(scale.title ??= {}).color = text;
		(scale.grid ??= {}).color = grid;
		(scale.border ??= {}).color = grid;
	}
	((options.plugins ??= {}).legend ??= {}).labels = { ...options.plugins.legend?.labels, color: text };
}

let following = false;

/**
 * Makes every chart on the page follow the site's theme. A canvas keeps the
 * colours it was drawn with, so after Starlight's theme switch (data-theme
 * on <html>) tick labels stayed in the old theme's grey, 1.5:1 on the new
 * background. A chart's first drawing takes its text and line colours from
 * Chart.defaults, set here; on each switch the colours are read again,
 * written into every chart's options (chart.js keeps the colours a scale
 * resolved at first, whatever the defaults say later) and every chart is
 * drawn anew. Call it before creating charts.
 */
export function followSiteTheme(): void {
	if (following) return;
	following = true;
	Chart.defaults.color = chartColors().text;
	Chart.defaults.borderColor = chartColors().grid;
	new MutationObserver(() => {
		colors = readColors();
		Chart.defaults.color = colors.text;
		Chart.defaults.borderColor = colors.grid;
		for (const chart of Object.values(Chart.instances)) {
			paintTheme(chart);
			chart.update('none');
		}
	}).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
}

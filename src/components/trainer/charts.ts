import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { el } from './dom';

// Only the pieces these bar charts use: chart.js/auto would ship every chart type.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface Series {
	title: string;
	labelHeading: string;
	valueHeading: string;
	labels: string[];
	values: number[];
	format: (value: number) => string;
}

/** The theme's accent, text and muted colours, so charts keep their contrast in both themes. */
export function themeColors(): { accent: string; text: string; muted: string } {
	const styles = getComputedStyle(document.documentElement);
	return {
		accent: styles.getPropertyValue('--sl-color-accent').trim() || '#4a6fd8',
		text: styles.getPropertyValue('--sl-color-gray-2').trim() || '#555',
		muted: styles.getPropertyValue('--sl-color-gray-3').trim() || '#888',
	};
}

/**
 * A bar chart with the same numbers as an HTML table below it, so the data
 * is there for screen readers, keyboard users and anyone who prefers text.
 */
export function barChartWithTable(series: Series, tableToggle: string): { element: HTMLElement; chart: Chart } {
	const canvas = el('canvas', { role: 'img', 'aria-label': series.title });
	const { accent, text } = themeColors();
	const chart = new Chart(canvas, {
		type: 'bar',
		data: { labels: series.labels, datasets: [{ label: series.valueHeading, data: series.values, backgroundColor: accent }] },
		options: {
			animation: false,
			maintainAspectRatio: false,
			scales: {
				x: { ticks: { color: text } },
				y: { beginAtZero: true, ticks: { color: text, precision: 0, callback: (value) => series.format(Number(value)) } },
			},
		},
	});
	const table = el('table', {}, [
		el('thead', {}, [el('tr', {}, [el('th', { scope: 'col' }, [series.labelHeading]), el('th', { scope: 'col' }, [series.valueHeading])])]),
		el(
			'tbody',
			{},
			series.labels.map((label, index) => el('tr', {}, [el('th', { scope: 'row' }, [label]), el('td', {}, [series.format(series.values[index] ?? 0)])])),
		),
	]);
	const element = el('figure', { class: 'trainer-figure' }, [
		el('figcaption', {}, [el('h3', {}, [series.title])]),
		el('div', { class: 'trainer-chart' }, [canvas]),
		el('details', {}, [el('summary', {}, [tableToggle]), table]),
	]);
	return { element, chart };
}

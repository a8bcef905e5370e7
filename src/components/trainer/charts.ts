import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { chartColors, followSiteTheme } from '../chart-theme';
import { el } from './dom';

// Only the pieces these bar charts use: chart.js/auto would ship every chart type.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
followSiteTheme();

export interface Series {
	title: string;
	labelHeading: string;
	valueHeading: string;
	labels: string[];
	values: number[];
	format: (value: number) => string;
}

/**
 * A bar chart with the same numbers as an HTML table below it, so the data
 * is there for screen readers, keyboard users and anyone who prefers text.
 */
export function barChartWithTable(series: Series, tableToggle: string): { element: HTMLElement; chart: Chart } {
	const canvas = el('canvas', { role: 'img', 'aria-label': series.title });
	const chart = new Chart(canvas, {
		type: 'bar',
		data: { labels: series.labels, datasets: [{ label: series.valueHeading, data: series.values, backgroundColor: () => chartColors().accent }] },
		options: {
			animation: false,
			maintainAspectRatio: false,
			scales: {
				y: { beginAtZero: true, ticks: { precision: 0, callback: (value) => series.format(Number(value)) } },
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

import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { chartColors, followSiteTheme } from '../chart-theme';
import { el } from './dom';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);
followSiteTheme();

export interface WorkloadSeries {
	title: string;
	labels: string[];
	answers: { label: string; values: number[] };
	minutes: { label: string; values: number[] };
	format: (value: number) => string;
}

/**
 * Answers and minutes per day against desired retention: two lines on two
 * axes, told apart by colour and by a dashed line, not by colour alone. The
 * same numbers are in the chooser's table (the canvas is only a picture).
 * `draw` makes the chart once the figure is on the page: chart.js's first
 * drawing is a task of its own (up to a few hundred milliseconds on a busy
 * machine), so it does not hold up the table.
 */
export function workloadChart(series: WorkloadSeries): { element: HTMLElement; draw: () => Chart } {
	const canvas = el('canvas', { role: 'img', 'aria-label': series.title });
	const tick = { callback: (value: number | string) => series.format(Number(value)) };
	const accent = () => chartColors().accent;
	const muted = () => chartColors().muted;
	const draw = () => new Chart(canvas, {
		type: 'line',
		data: {
			labels: series.labels,
			datasets: [
				{ label: series.answers.label, data: series.answers.values, borderColor: accent, backgroundColor: accent, yAxisID: 'answers' },
				{ label: series.minutes.label, data: series.minutes.values, borderColor: muted, backgroundColor: muted, borderDash: [6, 4], yAxisID: 'minutes' },
			],
		},
		options: {
			animation: false,
			maintainAspectRatio: false,
			scales: {
				answers: { position: 'left', beginAtZero: true, ticks: tick, title: { display: true, text: series.answers.label } },
				minutes: { position: 'right', beginAtZero: true, ticks: tick, grid: { drawOnChartArea: false }, title: { display: true, text: series.minutes.label } },
			},
		},
	});
	return { element: el('figure', { class: 'trainer-figure' }, [el('div', { class: 'trainer-chart' }, [canvas])]), draw };
}

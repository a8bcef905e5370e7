import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartDataset } from 'chart.js';
import type { Curve, Method } from '@/lib/lab/plan.ts';
import { meanCurve, summarize } from '@/lib/lab/summary.ts';
import { followSiteTheme } from '../chart-theme.ts';

// Line charts only: registering just these keeps chart.js to about a third of chart.js/auto.
Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip);
followSiteTheme();

/** One colour per method, distinguishable in light and dark themes; amounts differ by dash pattern. */
const METHOD_COLORS: Readonly<Record<Method, string>> = { scratch: '#d9452b', 'linear-probe': '#2f6fdf', 'fine-tune-top': '#8a4fd0', 'fine-tune-all': '#1a9a5a' };
const DASHES: number[][] = [[], [6, 4], [2, 3], [10, 3, 2, 3]];

export interface ChartText {
	epoch: string;
	accuracy: string;
	images: string;
	methodName(method: Method): string;
	series(method: Method, amount: number): string;
	percent(value: number): string;
}

/** Text takes the theme's colour from chart-theme.ts. */
function baseOptions(xTitle: string, text: ChartText) {
	return {
		animation: false as const,
		maintainAspectRatio: false,
		scales: {
			x: { type: 'linear' as const, title: { display: true, text: xTitle }, ticks: { precision: 0 } },
			y: { min: 0, max: 1, title: { display: true, text: text.accuracy }, ticks: { callback: (value: string | number) => text.percent(Number(value)) } },
		},
	};
}

/** The two charts: accuracy per epoch for the current run, and final accuracy against the amount of B data. */
export class LabCharts {
	private readonly curveChart: Chart<'line', { x: number; y: number }[]>;
	private readonly amountChart: Chart<'line', { x: number; y: number }[]>;

	constructor(curveCanvas: HTMLCanvasElement, amountCanvas: HTMLCanvasElement, private readonly text: ChartText) {
		this.curveChart = new Chart(curveCanvas, { type: 'line', data: { datasets: [] }, options: baseOptions(text.epoch, text) });
		this.amountChart = new Chart(amountCanvas, { type: 'line', data: { datasets: [] }, options: baseOptions(text.images, text) });
	}

	/** Redraws the per-epoch curves of the run in progress (partial curves included). */
	showCurves(curves: readonly Curve[], methods: readonly Method[], amounts: readonly number[]): void {
		const datasets: ChartDataset<'line', { x: number; y: number }[]>[] = [];
		amounts.forEach((amount, amountIndex) => {
			for (const method of methods) {
				const mean = meanCurve(curves, method, amount);
				if (mean.length === 0) continue;
				datasets.push({
					label: this.text.series(method, amount),
					data: mean.map((y, epoch) => ({ x: epoch + 1, y })),
					borderColor: METHOD_COLORS[method],
					backgroundColor: METHOD_COLORS[method],
					borderDash: DASHES[amountIndex % DASHES.length] ?? [],
					pointRadius: 0,
					borderWidth: 2,
				});
			}
		});
		this.curveChart.data.datasets = datasets;
		this.curveChart.update();
	}

	/** Redraws final accuracy per amount from every finished run of one task B and input. */
	showAmounts(history: readonly Curve[], epochs: number): void {
		const cells = summarize(history, epochs);
		const methods = [...new Set(cells.map((c) => c.method))];
		this.amountChart.data.datasets = methods.map((method) => ({
			label: this.text.methodName(method),
			data: cells.filter((c) => c.method === method).map((c) => ({ x: c.amount, y: c.mean })),
			borderColor: METHOD_COLORS[method],
			backgroundColor: METHOD_COLORS[method],
			pointRadius: 4,
			borderWidth: 2,
		}));
		this.amountChart.update();
	}

	destroy(): void {
		this.curveChart.destroy();
		this.amountChart.destroy();
	}
}

import type { Chart } from 'chart.js';
import { dueForecast } from '../../lib/stats/forecast';
import { reviewsPerDay } from '../../lib/stats/reviews-per-day';
import { trueRetention } from '../../lib/stats/retention';
import { barChartWithTable } from './charts';
import { el } from './dom';
import type { TrainerContext } from './progress';

const DAYS = 30;
const DAY_MS = 86_400_000;
let charts: Chart[] = [];

/** The statistics section (loaded, with chart.js, only when opened): forecast, reviews per day, true retention. */
export async function renderStats(body: HTMLElement, context: TrainerContext): Promise<void> {
	const { t, fmt, progress, store, timeZone } = context;
	const now = new Date();
	const from = new Date(now.getTime() - (DAYS - 1) * DAY_MS);
	const reviews = await store.reviews(from.toISOString());
	for (const chart of charts) chart.destroy();

	const { dayStartMinutes } = progress.settings;
	const forecast = dueForecast(progress.records.values(), now, DAYS, timeZone, dayStartMinutes);
	const perDay = reviewsPerDay(reviews, from, now, timeZone, dayStartMinutes);
	const retention = trueRetention(reviews);
	/** One bar per day from `start`, as a chart and a table. */
	const perDayChart = (title: string, valueHeading: string, values: number[], start: Date) =>
		barChartWithTable(
			{
				title,
				labelHeading: t('trainer.stats.day'),
				valueHeading,
				labels: values.map((_, index) => fmt.day(new Date(start.getTime() + index * DAY_MS))),
				values,
				format: fmt.number,
			},
			t('trainer.stats.table'),
		);
	const forecastChart = perDayChart(t('trainer.stats.forecast'), t('trainer.stats.cards'), forecast, now);
	const reviewsChart = perDayChart(t('trainer.stats.reviews'), t('trainer.stats.answers'), perDay, from);
	charts = [forecastChart.chart, reviewsChart.chart];
	body.replaceChildren(
		forecastChart.element,
		reviewsChart.element,
		el('h3', {}, [t('trainer.stats.retention')]),
		el('p', {}, [
			retention.total === 0
				? t('trainer.stats.retentionNone')
				: t('trainer.stats.retentionValue', { rate: fmt.percent(retention.rate), total: fmt.number(retention.total) }),
		]),
	);
}

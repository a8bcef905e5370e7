import type { Chart } from 'chart.js';
import { dayBoundaries } from '../../lib/stats/learner-days';
import { pageStats } from '../../lib/stats/page-stats';
import { barChartWithTable } from './charts';
import { el } from './dom';
import { leechSection } from './leech-list';
import type { TrainerContext } from './progress';

/** The days the charts and the true retention cover, ahead and back: every heading names it. */
const DAYS = 30;
const DAY_MS = 86_400_000;
let charts: Chart[] = [];

/**
 * The statistics section (loaded, with chart.js, only when opened): forecast, reviews per day, true retention, leeches,
 * over the cards of the page's decks (`keys`), as its deck table counts them (src/lib/stats/page-stats.ts).
 */
export async function renderStats(body: HTMLElement, context: TrainerContext, keys: ReadonlySet<string>): Promise<void> {
	const { t, fmt, progress, store, timeZone } = context;
	const { dayStartMinutes } = progress.settings;
	const clock = { timeZone, dayStartMinutes };
	const now = new Date();
	// Learner days (they start at the learner's start of day), as real instants.
	const past = dayBoundaries(new Date(now.getTime() - (DAYS - 1) * DAY_MS), DAYS, clock);
	const ahead = dayBoundaries(now, DAYS, clock);
	const firstPastDay = new Date(past[0] ?? now.getTime());
	const reviews = await store.reviews(firstPastDay.toISOString());
	for (const chart of charts) chart.destroy();

	const { forecast, answersPerDay: perDay, retention } = pageStats(keys, progress.records, reviews, { now, from: firstPastDay, days: DAYS, timeZone, dayStartMinutes });
	/** One bar per learner day, as a chart and a table. */
	const perDayChart = (title: string, valueHeading: string, values: number[], dayStarts: readonly number[]) =>
		barChartWithTable(
			{
				title,
				labelHeading: t('trainer.stats.day'),
				valueHeading,
				labels: values.map((_, index) => fmt.day(new Date(dayStarts[index] ?? now.getTime()))),
				values,
				format: fmt.number,
			},
			t('trainer.stats.table'),
		);
	const days = { days: fmt.number(DAYS) };
	const forecastChart = perDayChart(t('trainer.stats.forecast', days), t('trainer.stats.cards'), forecast, ahead);
	const reviewsChart = perDayChart(t('trainer.stats.reviews', days), t('trainer.stats.answers'), perDay, past);
	charts = [forecastChart.chart, reviewsChart.chart];
	body.replaceChildren(
		el('p', {}, [t('trainer.stats.scope')]),
		forecastChart.element,
		reviewsChart.element,
		el('h3', {}, [t('trainer.stats.retention', days)]),
		el('p', {}, [
			retention.total === 0
				? t('trainer.stats.retentionNone', days)
				: t('trainer.stats.retentionValue', { rate: fmt.percent(retention.rate), total: fmt.number(retention.total) }),
		]),
		leechSection(context, keys),
	);
}

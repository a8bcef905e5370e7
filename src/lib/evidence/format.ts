import type { Citation } from './citations.ts';

/** Number formats of the evidence figure and citations in one locale: percents and points with one decimal, image counts whole. */
export interface EvidenceFormat {
	percent(accuracy: number): string;
	/** In percent without the sign, for tables whose caption gives the unit. */
	accuracy(accuracy: number): string;
	/** Axis ticks: whole percents. */
	tickPercent(accuracy: number): string;
	count(amount: number): string;
	citation(citation: Citation): string;
}

export function evidenceFormat(lang: string): EvidenceFormat {
	const percent = new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
	const tickPercent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
	const points = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
	const oneDecimal = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
	const count = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
	return {
		percent: (accuracy) => percent.format(accuracy),
		accuracy: (accuracy) => oneDecimal.format(accuracy * 100),
		tickPercent: (accuracy) => tickPercent.format(accuracy),
		count: (amount) => count.format(amount),
		citation: ({ value, unit }) => (unit === 'percent' ? percent.format(value) : unit === 'points' ? points.format(value) : count.format(value)),
	};
}

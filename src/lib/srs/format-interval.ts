/**
 * Short interval labels for the rating buttons ("10 min", "3 days",
 * "2.5 mths"), in the page's locale through Intl.NumberFormat's unit style.
 */

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const MONTH_DAYS = 365.25 / 12;

type IntervalUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

const formats = new Map<string, Intl.NumberFormat>();

function unitFormat(lang: string, unit: IntervalUnit): Intl.NumberFormat {
	const id = `${lang}|${unit}`;
	let format = formats.get(id);
	if (!format) {
		// Months and years keep one decimal: "1.5 mths" says more than "2 mths".
		const fractionDigits = unit === 'month' || unit === 'year' ? 1 : 0;
		format = new Intl.NumberFormat(lang, {
			style: 'unit',
			unit,
			unitDisplay: 'short',
			maximumFractionDigits: fractionDigits,
		});
		formats.set(id, format);
	}
	return format;
}

/** The largest unit in which the interval is at least 1, with the amount in that unit. */
function intervalIn(ms: number): [number, IntervalUnit] {
	const minutes = Math.max(1, Math.round(ms / MINUTE_MS));
	if (minutes < 60) return [minutes, 'minute'];
	const hours = Math.round(ms / HOUR_MS);
	if (hours < 24) return [hours, 'hour'];
	const days = Math.round(ms / DAY_MS);
	if (days < 31) return [days, 'day'];
	const months = days / MONTH_DAYS;
	if (Math.round(months * 10) / 10 < 12) return [months, 'month'];
	return [days / 365.25, 'year'];
}

/** The interval in the language of a BCP 47 tag (a locale's `lang`: `sr-Latn` writes "1 min", its code `sr` "1 мин"). */
export function formatInterval(ms: number, lang: string): string {
	const [amount, unit] = intervalIn(ms);
	return unitFormat(lang, unit).format(amount);
}

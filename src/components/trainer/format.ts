/** Dates, durations and numbers in the page's locale, through Intl. */
export interface Formats {
	date(date: Date): string;
	dateTime(date: Date): string;
	time(date: Date): string;
	day(date: Date): string;
	duration(ms: number): string;
	percent(share: number): string;
	bytes(count: number): string;
	number(value: number): string;
}

export function formats(locale: string): Formats {
	const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
	const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
	const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
	const day = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' });
	const minutes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' });
	const seconds = new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'short' });
	const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
	const megabytes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
	const number = new Intl.NumberFormat(locale);
	return {
		date: (value) => date.format(value),
		dateTime: (value) => dateTime.format(value),
		time: (value) => time.format(value),
		day: (value) => day.format(value),
		duration: (ms) => {
			const total = Math.round(ms / 1000);
			const wholeMinutes = Math.floor(total / 60);
			const rest = seconds.format(total % 60);
			return wholeMinutes > 0 ? `${minutes.format(wholeMinutes)} ${rest}` : rest;
		},
		percent: (share) => percent.format(share),
		bytes: (count) => megabytes.format(count / 1_000_000),
		number: (value) => number.format(value),
	};
}

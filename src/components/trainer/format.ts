/** Dates, durations and numbers in the page's locale, through Intl. */
import { numberSeparators, type NumberSeparators } from '../../lib/trainer-session/settings-form';

export interface Formats {
	date(date: Date): string;
	dateTime(date: Date): string;
	time(date: Date): string;
	day(date: Date): string;
	duration(ms: number): string;
	percent(share: number): string;
	bytes(count: number): string;
	number(value: number): string;
	/** The locale's decimal and group separators, for a field the learner types a number into. */
	separators(): NumberSeparators;
}

/**
 * A formatter made on its first use. Intl formatters cost little once a page
 * has one, but the first of each kind loads ICU's data for it (tens of
 * milliseconds on a phone), and most trainer views need only a few kinds:
 * none of that belongs in the page's start.
 */
function onFirstUse<T>(make: () => T): () => T {
	let made: T | undefined;
	return () => (made ??= make());
}

/** The formats of a language, by its BCP 47 tag (the locale's `lang`, not its code). */
export function formats(lang: string): Formats {
	const date = onFirstUse(() => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }));
	const dateTime = onFirstUse(() => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }));
	const time = onFirstUse(() => new Intl.DateTimeFormat(lang, { timeStyle: 'short' }));
	const day = onFirstUse(() => new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric' }));
	// Units written out: a short unit may end in a period ("sn.", "Sek."), which a sentence's own period would double.
	const minutes = onFirstUse(() => new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'long' }));
	const seconds = onFirstUse(() => new Intl.NumberFormat(lang, { style: 'unit', unit: 'second', unitDisplay: 'long' }));
	const percent = onFirstUse(() => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }));
	const megabytes = onFirstUse(() => new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }));
	const number = onFirstUse(() => new Intl.NumberFormat(lang));
	return {
		date: (value) => date().format(value),
		dateTime: (value) => dateTime().format(value),
		time: (value) => time().format(value),
		day: (value) => day().format(value),
		duration: (ms) => {
			const total = Math.round(ms / 1000);
			const wholeMinutes = Math.floor(total / 60);
			const rest = seconds().format(total % 60);
			return wholeMinutes > 0 ? `${minutes().format(wholeMinutes)} ${rest}` : rest;
		},
		percent: (share) => percent().format(share),
		bytes: (count) => megabytes().format(count / 1_000_000),
		number: (value) => number().format(value),
		separators: onFirstUse(() => numberSeparators(lang)),
	};
}

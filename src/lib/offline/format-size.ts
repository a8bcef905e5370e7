/** A download size as the learner reads it: "1.2 MB", "850 kB", with the locale's digits and separators. */
export function formatSize(bytes: number, lang: string): string {
	const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : [Math.max(1, bytes / 1e3), 'kilobyte'];
	return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

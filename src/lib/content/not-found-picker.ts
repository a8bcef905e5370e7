/**
 * The 404 page belongs to no locale, and Starlight's language picker on it
 * offers `/<locale>/404/`, a page no locale has. On that page each option
 * leads to the locale's home page instead.
 */
export function pickerToHomePages(html: string, base: string, codes: readonly string[]): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return codes.reduce((out, code) => out.replaceAll(`value="${prefix}${code}/404/"`, `value="${prefix}${code}/"`), html);
}

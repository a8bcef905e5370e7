/**
 * Rewrites Starlight's search button so its accessible name is its visible
 * label (axe: label-content-name-mismatch). Starlight labels the button with
 * `aria-label` while it also shows a "Ctrl K" hint that the label lacks. We
 * drop the `aria-label`, let the visible "Search" text name the button (kept
 * for screen readers on narrow screens where it is visually hidden), and hide
 * the hint from assistive technology: `aria-keyshortcuts` already announces it.
 * Throws if the markup changes, so a Starlight upgrade is noticed at build time.
 */
export function fixSearchButtonName(html: string): string {
	const button = html.match(/<button\b[^>]*\bdata-open-modal\b[^>]*>[\s\S]*?<\/button>/);
	if (!button) throw markupChanged('no search button');
	let fixed = button[0];
	const steps: [RegExp, string, string][] = [
		[/(<button\b[^>]*?)\s+aria-label="[^"]*"/, '$1', 'aria-label'],
		[/<span class="sl-hidden md:sl-block([^"]*)" aria-hidden="true">/, '<span class="search-button-label$1">', 'label span'],
		[/<kbd class="/, '<kbd aria-hidden="true" class="', 'shortcut hint'],
	];
	for (const [pattern, replacement, what] of steps) {
		if (!pattern.test(fixed)) throw markupChanged(what);
		fixed = fixed.replace(pattern, replacement);
	}
	return html.replace(button[0], fixed);
}

function markupChanged(what: string): Error {
	return new Error(`Search override: Starlight's search button markup changed (${what}); update src/lib/search-button.ts`);
}

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
	// Tags are matched whatever their attribute order; the dev server adds source attributes.
	const steps: [RegExp, (tag: string) => string, string][] = [
		[/^<button\b[^>]*>/, (tag) => tag.replace(/\s+aria-label="[^"]*"/, ''), 'aria-label'],
		[
			/<span\b[^>]*\bclass="sl-hidden md:sl-block[^"]*"[^>]*>/,
			(tag) => tag.replace('class="sl-hidden md:sl-block', 'class="search-button-label').replace(/\s+aria-hidden="true"/, ''),
			'label span',
		],
		[/<kbd\b[^>]*\bclass="[^"]*"[^>]*>/, (tag) => tag.replace('<kbd', '<kbd aria-hidden="true"'), 'shortcut hint'],
	];
	for (const [pattern, change, what] of steps) {
		const tag = fixed.match(pattern)?.[0];
		if (tag === undefined) throw markupChanged(what);
		const changed = change(tag);
		if (changed === tag) throw markupChanged(what);
		fixed = fixed.replace(tag, changed);
	}
	return html.replace(button[0], fixed);
}

function markupChanged(what: string): Error {
	return new Error(`Search override: Starlight's search button markup changed (${what}); update src/lib/search-button.ts`);
}

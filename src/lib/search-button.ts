/**
 * Marks the keyboard-shortcut hint inside Starlight's search button
 * (`<kbd class="…"><kbd>Ctrl</kbd><kbd>K</kbd></kbd>`) as hidden from
 * assistive technology. Throws if the markup no longer has the hint, so an
 * upgrade of Starlight that changes it is noticed at build time.
 */
export function hideShortcutHint(html: string): string {
	const openButton = /(<button\b[^>]*\bdata-open-modal\b[^>]*>[\s\S]*?)<kbd(?![^>]*aria-hidden)/;
	if (!openButton.test(html)) throw new Error('Search override: Starlight search button markup changed; update src/lib/search-button.ts');
	return html.replace(openButton, '$1<kbd aria-hidden="true"');
}

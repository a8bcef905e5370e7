import { describe, expect, it } from 'vitest';
import { fixSearchButtonName } from './search-button';

const starlightButton =
	'<site-search><button data-open-modal disabled aria-label="Ara" aria-keyshortcuts="Control+K" class="astro-x">' +
	'<svg aria-hidden="true"></svg><span class="sl-hidden md:sl-block astro-x" aria-hidden="true">Ara</span>' +
	'<kbd class="sl-hidden md:sl-flex astro-x" style="display: none;"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button>' +
	'<dialog aria-label="Ara"></dialog></site-search>';

describe('fixSearchButtonName', () => {
	it('names the button by its visible label and hides the shortcut hint', () => {
		const out = fixSearchButtonName(starlightButton);
		expect(out).toContain('<button data-open-modal disabled aria-keyshortcuts="Control+K" class="astro-x">');
		expect(out).toContain('<span class="search-button-label astro-x">Ara</span>');
		expect(out).toContain('<kbd aria-hidden="true" class="sl-hidden md:sl-flex astro-x"');
	});

	it('works with the extra attributes the dev server adds, in any order', () => {
		const dev = starlightButton
			.replace('<span class="sl-hidden', '<span data-astro-source-loc="27:3" class="sl-hidden')
			.replace('<button data-open-modal', '<button data-astro-source-file="Search.astro" data-open-modal');
		const out = fixSearchButtonName(dev);
		expect(out).toContain('<span data-astro-source-loc="27:3" class="search-button-label astro-x">Ara</span>');
		expect(out).not.toMatch(/<button[^>]*aria-label/);
	});

	it('leaves the dialog label alone', () => {
		expect(fixSearchButtonName(starlightButton)).toContain('<dialog aria-label="Ara">');
	});

	it('fails loudly when the markup it fixes is gone', () => {
		expect(() => fixSearchButtonName('<button data-open-modal>Ara</button>')).toThrow(/markup changed \(aria-label\)/);
		expect(() => fixSearchButtonName('<p>no button</p>')).toThrow(/no search button/);
	});
});

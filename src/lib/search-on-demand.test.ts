import { describe, expect, it } from 'vitest';
import { SEARCH_ELEMENT } from './search-element';
import { searchOnDemand } from './search-on-demand';

const starlightSearch =
	'<site-search class="astro-x" data-translations="{}"><button data-open-modal disabled>Search</button>' +
	'<dialog><div class="search-container"><div id="starlight__search"></div></div></dialog></site-search>';

describe('searchOnDemand', () => {
	it('renames Starlight’s element and keeps everything inside and its attributes', () => {
		const out = searchOnDemand(starlightSearch, 'Offline.');
		expect(out).toBe(
			starlightSearch
				.replace('<site-search ', `<${SEARCH_ELEMENT} `)
				.replace('</site-search>', `</${SEARCH_ELEMENT}>`)
				.replace('<div class="search-container">', '<p class="search-needs-network" role="status" tabindex="-1" hidden>Offline.</p><div class="search-container">'),
		);
		expect(out).not.toMatch(/<\/?site-search[\s>]/);
	});

	it('writes the offline notice into the dialog, hidden, with markup escaped', () => {
		const out = searchOnDemand(starlightSearch, 'Say "offline" <now> & then');
		expect(out).toContain('<p class="search-needs-network" role="status" tabindex="-1" hidden>Say &#34;offline&#34; &#60;now&#62; &#38; then</p>');
	});

	it('fails loudly when the markup it renames is gone', () => {
		expect(() => searchOnDemand('<div><button data-open-modal>Search</button></div>', '')).toThrow(/found 0/);
		expect(() => searchOnDemand(starlightSearch + starlightSearch, '')).toThrow(/found 2/);
	});
});

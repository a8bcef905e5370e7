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
			starlightSearch.replace('<site-search ', `<${SEARCH_ELEMENT} data-needs-network="Offline." `).replace('</site-search>', `</${SEARCH_ELEMENT}>`),
		);
		expect(out).not.toMatch(/<\/?site-search[\s>]/);
	});

	it('carries the offline notice as an attribute, quotes and markup escaped', () => {
		const out = searchOnDemand(starlightSearch, 'Say "offline" <now> & then');
		expect(out).toContain(`<${SEARCH_ELEMENT} data-needs-network="Say &#34;offline&#34; &#60;now&#62; &#38; then" class="astro-x"`);
	});

	it('fails loudly when the markup it renames is gone', () => {
		expect(() => searchOnDemand('<div><button data-open-modal>Search</button></div>', '')).toThrow(/found 0/);
		expect(() => searchOnDemand(starlightSearch + starlightSearch, '')).toThrow(/found 2/);
	});
});

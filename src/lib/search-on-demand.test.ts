import { describe, expect, it } from 'vitest';
import { SEARCH_ELEMENT, searchOnDemand } from './search-on-demand';

const starlightSearch =
	'<site-search class="astro-x" data-translations="{}"><button data-open-modal disabled>Search</button>' +
	'<dialog><div class="search-container"><div id="starlight__search"></div></div></dialog></site-search>';

describe('searchOnDemand', () => {
	it('renames Starlight’s element and keeps everything inside and its attributes', () => {
		const out = searchOnDemand(starlightSearch);
		expect(out).toBe(starlightSearch.replace('<site-search ', `<${SEARCH_ELEMENT} `).replace('</site-search>', `</${SEARCH_ELEMENT}>`));
		expect(out).not.toMatch(/<\/?site-search[\s>]/);
	});

	it('fails loudly when the markup it renames is gone', () => {
		expect(() => searchOnDemand('<div><button data-open-modal>Search</button></div>')).toThrow(/found 0/);
		expect(() => searchOnDemand(starlightSearch + starlightSearch)).toThrow(/found 2/);
	});
});

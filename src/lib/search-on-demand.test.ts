import { describe, expect, it } from 'vitest';
import { SEARCH_ELEMENT } from './search-element';
import { searchOnDemand } from './search-on-demand';

const starlightSearch =
	'<site-search class="astro-x" data-translations="{}"><button data-open-modal disabled>Search</button>' +
	'<dialog><div class="search-container"><div id="starlight__search"></div></div></dialog></site-search>';

const texts = { needsNetwork: 'Offline.', replaced: 'A new version.', reload: 'Reload' };

describe('searchOnDemand', () => {
	it('renames Starlight’s element and keeps everything inside and its attributes', () => {
		const out = searchOnDemand(starlightSearch, texts);
		expect(out).toBe(
			starlightSearch
				.replace('<site-search ', `<${SEARCH_ELEMENT} `)
				.replace('</site-search>', `</${SEARCH_ELEMENT}>`)
				.replace(
					'<div class="search-container">',
					'<p class="search-needs-network" role="status" tabindex="-1" hidden>Offline.</p>' +
						'<p class="search-replaced" role="status" tabindex="-1" hidden>A new version. <button type="button">Reload</button></p><div class="search-container">',
				),
		);
		expect(out).not.toMatch(/<\/?site-search[\s>]/);
	});

	it('writes the notices into the dialog, hidden, with markup escaped', () => {
		const out = searchOnDemand(starlightSearch, { needsNetwork: 'Say "offline" <now> & then', replaced: 'New <b>', reload: 'Re & load' });
		expect(out).toContain('<p class="search-needs-network" role="status" tabindex="-1" hidden>Say &#34;offline&#34; &#60;now&#62; &#38; then</p>');
		expect(out).toContain('<p class="search-replaced" role="status" tabindex="-1" hidden>New &#60;b&#62; <button type="button">Re &#38; load</button></p>');
	});

	it('fails loudly when the markup it renames is gone', () => {
		expect(() => searchOnDemand('<div><button data-open-modal>Search</button></div>', texts)).toThrow(/found 0/);
		expect(() => searchOnDemand(starlightSearch + starlightSearch, texts)).toThrow(/found 2/);
	});
});

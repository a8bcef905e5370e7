/**
 * The element that takes over Starlight's search markup
 * (src/components/search-on-demand.ts), in a module of its own: the page's
 * script needs only this name, not the build-time code that writes the markup.
 */
export const SEARCH_ELEMENT = 'site-search-on-demand';

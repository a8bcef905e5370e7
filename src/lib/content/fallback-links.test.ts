import { describe, expect, it } from 'vitest';
import { linksIntoLocale } from './fallback-links';

describe('linksIntoLocale', () => {
	const html = '<p><a href="/en/regularization/#dropout">dropout</a>, <a class="glossary-term__link" href="/en/glossary/#layer">layer</a>, <a href="https://example.org/en/">out</a>, <a href="/enx/">other</a>, <img src="/en/figure.svg"></p>';

	it('moves links to source-locale pages into the reader\'s locale, and nothing else', () => {
		expect(linksIntoLocale(html, '/', 'en', 'ar')).toBe(
			'<p><a href="/ar/regularization/#dropout">dropout</a>, <a class="glossary-term__link" href="/ar/glossary/#layer">layer</a>, <a href="https://example.org/en/">out</a>, <a href="/enx/">other</a>, <img src="/en/figure.svg"></p>',
		);
	});

	it('keeps the base path', () => {
		expect(linksIntoLocale('<a href="/course/en/">home</a> <a href="/en/">outside the base</a>', '/course/', 'en', 'tr')).toBe('<a href="/course/tr/">home</a> <a href="/en/">outside the base</a>');
	});

	it('leaves source-locale pages as they are', () => {
		expect(linksIntoLocale(html, '/', 'en', 'en')).toBe(html);
	});
});

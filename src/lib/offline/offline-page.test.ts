import { describe, expect, it } from 'vitest';
import { offlinePageHtml } from './offline-page';

describe('offlinePageHtml', () => {
	it('speaks the language of the address and links to its start page, escaping every text', () => {
		const html = offlinePageHtml({ lang: 'tr', dir: 'ltr', title: 'Çevrimdışı <b>', text: 'A & B', home: 'Başla "şimdi"' }, '/course/tr/');
		expect(html).toContain('<html lang="tr" dir="ltr">');
		expect(html).toContain('<title>Çevrimdışı &lt;b&gt;</title>');
		expect(html).toContain('<p>A &amp; B</p>');
		expect(html).toContain('<a href="/course/tr/">Başla &quot;şimdi&quot;</a>');
	});
});

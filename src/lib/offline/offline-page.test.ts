import { describe, expect, it } from 'vitest';
import type { OfflinePageText } from './manifest';
import { offlineHomeLocales, offlinePageHtml } from './offline-page';

const turkish: OfflinePageText = { lang: 'tr', label: 'Türkçe', dir: 'ltr', title: 'Çevrimdışı <b>', text: 'A & B', home: 'Başla "şimdi"' };
const english: OfflinePageText = { lang: 'en', label: 'English', dir: 'ltr', title: 'You are offline', text: 'Not saved', home: 'Go to the start page' };

describe('offlinePageHtml', () => {
	it('speaks the language of the address and links to its start page, escaping every text', () => {
		const html = offlinePageHtml(turkish, [{ href: '/course/tr/', text: turkish }]);
		expect(html).toContain('<html lang="tr" dir="ltr">');
		expect(html).toContain('<title>Çevrimdışı &lt;b&gt;</title>');
		expect(html).toContain('<p>A &amp; B</p>');
		expect(html).toContain('<p><a href="/course/tr/">Başla &quot;şimdi&quot;</a></p>');
	});

	it('names a start page in another language, in that language', () => {
		const html = offlinePageHtml(turkish, [{ href: '/course/en/', text: english }]);
		expect(html).toContain('<p><a href="/course/en/" lang="en" dir="ltr">Go to the start page (English)</a></p>');
		expect(html).not.toContain('/course/tr/');
	});
});

describe('offlineHomeLocales', () => {
	it('links to the page’s own start page when it is on the device, or when none is', () => {
		expect(offlineHomeLocales('tr', ['en', 'tr'])).toEqual(['tr']);
		expect(offlineHomeLocales('tr', [])).toEqual(['tr']);
	});

	it('links to the start pages on the device when the page’s own is not: the default one would fail as well', () => {
		expect(offlineHomeLocales('en', ['tr'])).toEqual(['tr']);
		expect(offlineHomeLocales('de', ['en', 'tr'])).toEqual(['en', 'tr']);
	});
});

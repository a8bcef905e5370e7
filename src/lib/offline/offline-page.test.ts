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

/** WCAG contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
	const luminance = (hex: string) => {
		const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => {
			const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
			return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	};
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

describe('offlinePageHtml colours', () => {
	const html = offlinePageHtml(english, [{ href: '/en/', text: english }]);
	const colours = (css: string) => {
		const match = /body\{[^}]*color:(#[0-9a-f]{6});background:(#[0-9a-f]{6})\}a\{color:(#[0-9a-f]{6})\}/.exec(css);
		if (!match) throw new Error(`no body and link colours in ${css}`);
		const [, text = '', background = '', link = ''] = match;
		return { text, background, link };
	};

	it('follows a dark system setting, text and links readable (4.5:1) in both schemes', () => {
		expect(html).toContain('<meta name="color-scheme" content="light dark">');
		const dark = /@media \(prefers-color-scheme:dark\)\{(.*)\}<\/style>/.exec(html)?.[1];
		expect(dark).toBeDefined();
		const light = html.slice(html.indexOf('<style>'), html.indexOf('@media'));
		for (const scheme of [colours(light), colours(dark ?? '')]) {
			expect(contrast(scheme.text, scheme.background)).toBeGreaterThanOrEqual(4.5);
			expect(contrast(scheme.link, scheme.background)).toBeGreaterThanOrEqual(4.5);
		}
		expect(colours(dark ?? '').background).not.toBe(colours(light).background);
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

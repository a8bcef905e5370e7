import { describe, expect, it } from 'vitest';
import { inLocale, manifestUrl, webAppManifest, type AppIdentity } from './web-app-manifest';

const identity: AppIdentity = {
	title: { en: 'Trainer', tr: 'Eğitmen' },
	shortTitle: { en: 'Short' },
	description: { en: 'About', tr: 'Hakkında' },
	themeColor: '#123456',
	backgroundColor: '#ffffff',
};

describe('webAppManifest', () => {
	it("is the locale's own app: texts, language, direction, start and scope under the base", () => {
		const manifest = webAppManifest({ code: 'tr', lang: 'tr', label: 'Türkçe', dir: 'ltr' }, 'en', '/course/', identity);
		expect(manifest).toMatchObject({ id: '/course/tr/', name: 'Eğitmen', short_name: 'Short', description: 'Hakkında', lang: 'tr', dir: 'ltr', start_url: '/course/tr/', scope: '/course/tr/', theme_color: '#123456', background_color: '#ffffff' });
	});

	it('lists PNGs only (192 and 512 pixels and a maskable one), under the base', () => {
		const manifest = webAppManifest({ code: 'ar', lang: 'ar', label: 'العربية', dir: 'rtl' }, 'en', '/', identity);
		expect(manifest['dir']).toBe('rtl');
		expect(manifest['icons']).toEqual([
			{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
			{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
			{ src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
		]);
	});

	it('names the file each locale links to', () => {
		expect(manifestUrl('/course/', 'en')).toBe('/course/en/manifest.webmanifest');
	});
});

describe('inLocale', () => {
	it('falls back to the source locale, and names what is missing otherwise', () => {
		expect(inLocale({ en: 'A' }, 'tr', 'en')).toBe('A');
		expect(() => inLocale({}, 'tr', 'en')).toThrow(/no text for "tr" nor for the source locale "en"/);
	});
});

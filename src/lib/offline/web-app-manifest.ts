import type { SiteLocale } from '../locales';

/**
 * The web app manifest of one locale, which makes the site installable:
 * each locale is an app of its own (its start page, its scope, its
 * language), so a learner installs the language they study in.
 */

export interface AppIcon {
	file: string;
	/** Pixels per side. */
	size: number;
	type: 'image/png';
	/** Maskable icons keep the logo inside the middle 80%, on the background colour, so any mask shape fits. */
	purpose: 'any' | 'maskable';
}

/**
 * Icons the manifest lists, drawn from the site's logo at build time
 * (src/pages/icons/[icon].ts), under `<base>icons/`. PNGs only: Chromium
 * draws the icon it checks an app with, and the favicon, on the page's own
 * main thread, and an SVG costs it a document of its own there (20 ms on a
 * 2-core machine, in the middle of a page's start).
 */
export const MANIFEST_ICONS: readonly AppIcon[] = [
	{ file: 'icon-192.png', size: 192, type: 'image/png', purpose: 'any' },
	{ file: 'icon-512.png', size: 512, type: 'image/png', purpose: 'any' },
	{ file: 'icon-maskable-512.png', size: 512, type: 'image/png', purpose: 'maskable' },
];

/** The browser tab's icon: 16 CSS pixels drawn at up to three device pixels each. */
export const FAVICON: AppIcon = { file: 'favicon-48.png', size: 48, type: 'image/png', purpose: 'any' };

/** iOS reads its home-screen icon from a link in the page, not from the manifest, and shows transparency as black. */
export const APPLE_TOUCH_ICON: AppIcon = { file: 'apple-touch-icon.png', size: 180, type: 'image/png', purpose: 'maskable' };

export interface AppIdentity {
	title: Readonly<Record<string, string>>;
	shortTitle: Readonly<Record<string, string>>;
	description: Readonly<Record<string, string>>;
	themeColor: string;
	backgroundColor: string;
}

/** A text in the locale, or in the source locale when the site has none for it. */
export function inLocale(texts: Readonly<Record<string, string>>, locale: string, sourceLocale: string): string {
	const text = texts[locale] ?? texts[sourceLocale];
	if (text === undefined) throw new Error(`site.config: no text for "${locale}" nor for the source locale "${sourceLocale}"`);
	return text;
}

export function manifestUrl(base: string, locale: string): string {
	return `${base}${locale}/manifest.webmanifest`;
}

export function iconUrl(base: string, icon: AppIcon): string {
	return `${base}icons/${icon.file}`;
}

export function webAppManifest(locale: SiteLocale, sourceLocale: string, base: string, identity: AppIdentity): Record<string, unknown> {
	const home = `${base}${locale.code}/`;
	return {
		id: home,
		name: inLocale(identity.title, locale.code, sourceLocale),
		short_name: inLocale(identity.shortTitle, locale.code, sourceLocale),
		description: inLocale(identity.description, locale.code, sourceLocale),
		lang: locale.lang,
		dir: locale.dir,
		start_url: home,
		scope: home,
		display: 'standalone',
		theme_color: identity.themeColor,
		background_color: identity.backgroundColor,
		icons: MANIFEST_ICONS.map((icon) => ({
			src: iconUrl(base, icon),
			sizes: `${icon.size}x${icon.size}`,
			type: icon.type,
			purpose: icon.purpose,
		})),
	};
}

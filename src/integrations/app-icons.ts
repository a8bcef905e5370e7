import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import type { AppIcon } from '../lib/offline/web-app-manifest';
import { siteIdentity } from '../site.config';

/** Share of a maskable icon's side the logo takes: the mask may cut anything outside the middle 80%. */
const MASKABLE_LOGO_SHARE = 0.6;

/**
 * An app icon drawn from the site's logo (site.config.ts), so a course that
 * changes its logo gets matching icons, rasterised by sharp. Maskable icons
 * sit on the background colour.
 */
export async function renderAppIcon(icon: AppIcon): Promise<Uint8Array> {
	const logo = readFileSync(siteIdentity.logo);
	if (icon.purpose === 'any') return sharp(logo, { density: 72 * (icon.size / 32) * 2 }).resize(icon.size, icon.size).png().toBuffer();
	const inner = Math.round(icon.size * MASKABLE_LOGO_SHARE);
	const drawn = await sharp(logo, { density: 72 * (inner / 32) * 2 }).resize(inner, inner).png().toBuffer();
	const offset = Math.round((icon.size - inner) / 2);
	return sharp({ create: { width: icon.size, height: icon.size, channels: 4, background: siteIdentity.backgroundColor } })
		.composite([{ input: drawn, top: offset, left: offset }])
		.png()
		.toBuffer();
}

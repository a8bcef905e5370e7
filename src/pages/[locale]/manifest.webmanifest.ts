import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, sourceLocale, type SiteLocale } from '../../lib/locales';
import { webAppManifest } from '../../lib/offline/web-app-manifest';
import { siteIdentity } from '../../site.config';

/** One web app manifest per locale (see src/lib/offline/web-app-manifest.ts). */
export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale: locale.code }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	const manifest = webAppManifest(props['locale'] as SiteLocale, sourceLocale.code, base, siteIdentity);
	return new Response(JSON.stringify(manifest, null, '\t'), { headers: { 'content-type': 'application/manifest+json' } });
};

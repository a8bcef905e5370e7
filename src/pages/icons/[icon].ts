import type { APIRoute, GetStaticPaths } from 'astro';
import { renderAppIcon } from '../../integrations/app-icons';
import { APPLE_TOUCH_ICON, FAVICON, MANIFEST_ICONS, type AppIcon } from '../../lib/offline/web-app-manifest';

/** The app icons the web app manifests and pages name, drawn from the logo at build time. */
export const getStaticPaths = (() => [...MANIFEST_ICONS, APPLE_TOUCH_ICON, FAVICON].map((icon) => ({ params: { icon: icon.file }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const icon = props['icon'] as AppIcon;
	return new Response(new Uint8Array(await renderAppIcon(icon)), { headers: { 'content-type': icon.type } });
};

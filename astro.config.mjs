// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { locales } from './src/lib/locales';
import { siteIdentity } from './src/site.config';
import { linkContentFolder } from './src/integrations/content-link';
import { remarkLessonLinks } from './src/integrations/remark-lesson-links';
import { sidebarLabels } from './src/integrations/sidebar';

const root = fileURLToPath(new URL('.', import.meta.url));
/** Course sites set BASE_PATH=/course/ to host the build under a sub-path. */
const base = process.env.BASE_PATH || '/';
linkContentFolder(root);
const label = sidebarLabels(root);

export default defineConfig({
	site: process.env.SITE_URL || 'https://example.org',
	base,
	trailingSlash: 'always',
	outDir: process.env.OUT_DIR || './dist',
	vite: { resolve: { preserveSymlinks: true } },
	markdown: {
		remarkPlugins: [remarkMath, remarkLessonLinks({ root, base })],
		// MathML needs neither client JavaScript nor a font download.
		rehypePlugins: [[rehypeKatex, { output: 'mathml' }]],
	},
	integrations: [
		starlight({
			title: siteIdentity.title,
			description: siteIdentity.description.en,
			logo: { src: siteIdentity.logo },
			favicon: '/favicon.svg',
			defaultLocale: locales[0].code,
			locales: Object.fromEntries(locales.map((l) => [l.code, { label: l.label, lang: l.lang, dir: l.dir }])),
			lastUpdated: true,
			pagination: true,
			customCss: ['./src/styles/print.css', './src/styles/site.css'],
			routeMiddleware: './src/integrations/route-middleware.ts',
			components: {
				Search: './src/components/Search.astro',
			},
			sidebar: [
				{ ...label('sidebar.strategies'), autogenerate: { directory: 'strategies' } },
				{ ...label('sidebar.regularization'), autogenerate: { directory: 'regularization' } },
			],
		}),
		mdx(),
	],
});

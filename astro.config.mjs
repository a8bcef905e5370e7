// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { locales, sourceLocale } from './src/lib/locales.ts';
import { siteIdentity } from './src/site.config.ts';
import { FAVICON } from './src/lib/offline/web-app-manifest.ts';
import { linkContentFolder } from './src/integrations/content-link.ts';
import { lessonLinks, mathToMathml } from './src/integrations/markdown-plugins.ts';
import { reflowTables } from './src/integrations/reflow-tables.ts';
import { siteSidebar } from './src/integrations/sidebar.ts';
import { glossaryTermLinks } from './src/integrations/glossary-terms.ts';
import { offline } from './src/integrations/offline.ts';
import { cspFile } from './src/integrations/csp.ts';
import { storageFallbackScript } from './src/integrations/storage-fallback.ts';
import { siteContent } from './src/integrations/site-content.ts';
import { reportProblems } from './src/integrations/report-problems.ts';
import { readBasePath } from './src/lib/base-path.ts';
import { devProblems } from './src/integrations/dev-problems.ts';
import { coursePackage, isCoursePackageBuild } from './src/integrations/course-package.ts';
import { dataStoreFile } from './src/integrations/data-store-file.ts';
import { settledFilesInBuilds } from './src/integrations/memo-by-files.ts';
import { siteUrlNotice, upstreamWarnings } from './src/integrations/upstream-warnings.ts';
import * as contentLoaderFactories from './src/integrations/content-loaders.ts';
import { shareContentLoaders } from './src/integrations/content-loaders-shared.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// Course sites set BASE_PATH=/course/ to host the build under a sub-path; one the URLs cannot carry as it is stops here.
const basePath = readBasePath(process.env.BASE_PATH);
reportProblems({ problems: basePath.problems, warnings: [] });
const { base } = basePath;
linkContentFolder(root);
// Every content, deck, glossary, locale and interface-string mistake stops here, in one message, before Astro starts.
const site = siteContent(root);
reportProblems(site);
// The collections' loaders run from this copy of the reading code, not a second one made by Vite (content-loaders-shared.ts).
shareContentLoaders(contentLoaderFactories);
const lessonFiles = new Set(site.index.lessons.map((lesson) => lesson.file.slice('content/'.length)));

export default defineConfig({
	// No address is made up: without SITE_URL pages carry no canonical link and there is no sitemap (both need the public address).
	...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
	base,
	trailingSlash: 'always',
	// Pages render while earlier ones are written to disk: the render step of
	// a 400-lesson build drops from about 2.4 s to 1.9 s on a 2-core machine.
	build: { concurrency: 4 },
	// No link prefetching (Starlight turns it on for every link): after a first visit the service worker serves
	// the locale's pages from the device, and the script put listeners on every link of every page as it loaded.
	prefetch: false,
	outDir: process.env.OUT_DIR || './dist',
	// Stylesheets under 8 KB (a component's own, such as the trainer's or the decision guide's) are inlined
	// into the page: one render-blocking request fewer on a phone's first visit (Lighthouse mobile).
	vite: { resolve: { preserveSymlinks: true }, build: { assetsInlineLimit: 8 * 1024 } },
	markdown: {
		processor: satteri({ features: { math: true, headingAttributes: true }, mdastPlugins: [mathToMathml, lessonLinks({ root, base, lessonFiles }), glossaryTermLinks({ root, base, glossary: site.glossary })], hastPlugins: [reflowTables] }),
	},
	integrations: [
		starlight({
			title: siteIdentity.title,
			description: siteIdentity.description.en,
			logo: { src: siteIdentity.logo },
			// Drawn from the logo at build time (src/pages/icons/[icon].ts), as a PNG (see MANIFEST_ICONS).
			favicon: `/icons/${FAVICON.file}`,
			head: [{ tag: 'script', content: storageFallbackScript }],
			defaultLocale: sourceLocale.code,
			locales: Object.fromEntries(locales.map((l) => [l.code, { label: l.label, lang: l.lang, dir: l.dir }])),
			lastUpdated: false,
			pagination: true,
			customCss: ['./src/styles/print.css', './src/styles/site.css', './src/styles/reflow-table.css', './src/styles/method-colours.css', './src/components/glossary/glossary-term.css'],
			routeMiddleware: ['./src/integrations/route-middleware.ts', './src/integrations/trainer-head.ts'],
			components: {
				Head: './src/components/Head.astro',
				Search: './src/components/Search.astro',
				SiteTitle: './src/components/SiteTitle.astro',
				MarkdownContent: './src/components/MarkdownContent.astro',
				Hero: './src/components/Hero.astro',
				LanguageSelect: './src/components/LanguageSelect.astro',
			},
			// One group per chapter folder of content/ (src/integrations/sidebar.ts): a new chapter needs no edit here.
			sidebar: siteSidebar(site.chapters, locales),
		}),
		mdx(),
		// The same check after each content edit while `npm run dev` runs.
		devProblems(root, siteContent),
		dataStoreFile(),
		settledFilesInBuilds(),
		upstreamWarnings(),
		// In place of Starlight's sitemap, which only warns without an address.
		...(process.env.SITE_URL ? [] : [siteUrlNotice()]),
		(await import('./src/integrations/trainer-preload.ts')).trainerPreload(),
		(await import('./src/integrations/lab-wasm.ts')).labWasm(),
		(await import('./src/integrations/lab-engine.ts')).labEngine(),
		// A course package (npm run package:scorm) gets its launch page and no service worker.
		...(isCoursePackageBuild ? [coursePackage()] : []),
		// After every integration that changes pages. Not for a course package: its pages are rewritten after the build
		// (relative paths), which changes its scripts' hashes, and the platform serves it with headers of its own.
		...(isCoursePackageBuild ? [] : [cspFile()]),
		// Last: it lists every file the build wrote, the other integrations' included.
		...(isCoursePackageBuild ? [] : [offline()]),
	],
});

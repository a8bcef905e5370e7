import type { AstroIntegration } from 'astro';

/** The part of a warning Rolldown hands a warning handler that is read here. */
export interface BundlerWarning {
	code?: string;
	message: string;
}

/**
 * Astro marks every MDX page's asset module with the directive
 * `"use astro:head-inject"`, and Rolldown warns that it may not keep it
 * (withastro/astro#18087): one 12-line warning per MDX page on every build.
 * The pages come out right all the same (the end-to-end tests read every
 * page type); an author can do nothing about it, and it buries the build's
 * real messages. Every other warning is printed as before.
 */
export function isHeadInjectDirectiveWarning(warning: BundlerWarning): boolean {
	return warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');
}

/** Leaves out of the build's output the warnings of Astro's own code that say nothing about the site (see above). */
export function upstreamWarnings(): AstroIntegration {
	return {
		name: 'upstream-warnings',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						build: {
							rolldownOptions: {
								onwarn(warning: BundlerWarning, warn: (warning: BundlerWarning) => void) {
									if (!isHeadInjectDirectiveWarning(warning)) warn(warning);
								},
							},
						},
					},
				});
			},
		},
	};
}

/** What a build without SITE_URL says, in place of the sitemap integration's own warning (see siteUrlNotice). */
export const noSiteUrlWarning = 'no SITE_URL was set, so there is no sitemap and pages carry no canonical link; set SITE_URL=https://… (the address the site will have) to get them';

/**
 * Without SITE_URL, the sitemap that Starlight adds warns on every build
 * that it "requires the `site` astro.config option", which sends a newcomer
 * into astro.config.mjs, where the address is not set. Starlight adds no
 * sitemap when an integration of that name is present, so this one takes
 * its name and says, once, what is missing and how to set it.
 */
export function siteUrlNotice(): AstroIntegration {
	return {
		name: '@astrojs/sitemap',
		hooks: {
			'astro:build:done': ({ logger }) => logger.fork('site-url').warn(noSiteUrlWarning),
		},
	};
}

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

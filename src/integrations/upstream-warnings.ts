import type { AstroIntegration } from 'astro';

/** What Rolldown hands a warning handler: its code, message and module. */
export interface BundlerWarning {
	code?: string;
	message: string;
	id?: string;
}

/**
 * Astro marks every MDX page's asset module with the directive
 * `"use astro:head-inject"`, and Rolldown warns that it may not keep it
 * (withastro/astro#18087): one 12-line warning per MDX page on every build,
 * though Astro reads the directive before bundling and the pages come out
 * right. An author can do nothing about it, and it buries the build's real
 * messages; every other warning is printed as before.
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

import { describe, expect, it } from 'vitest';
import { isHeadInjectDirectiveWarning, noSiteUrlWarning, siteUrlNotice } from './upstream-warnings.ts';

describe('isHeadInjectDirectiveWarning', () => {
	it("is the bundler's warning about Astro's head-inject directive in an MDX page's assets", () => {
		const message = 'The semantics of the module level directive "use astro:head-inject" in "src/content/docs/en/index.mdx?astroPropagatedAssets" may not be preserved when bundling.';
		expect(isHeadInjectDirectiveWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message })).toBe(true);
	});

	it('is not any other directive, nor any other warning about the same module', () => {
		expect(isHeadInjectDirectiveWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "src/components/Chart.tsx" may not be preserved when bundling.' })).toBe(false);
		expect(isHeadInjectDirectiveWarning({ code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: "use astro:head-inject" in src/content/docs/en/index.mdx' })).toBe(false);
		expect(isHeadInjectDirectiveWarning({ message: 'Module "fs" has been externalized' })).toBe(false);
	});
});

describe('siteUrlNotice', () => {
	it("takes the sitemap's name, so Starlight adds none to warn about astro.config, and says once after the build that SITE_URL is not set", () => {
		const notice = siteUrlNotice();
		expect(notice.name).toBe('@astrojs/sitemap');
		const said: [string, string][] = [];
		const logger = { fork: (label: string) => ({ warn: (message: string) => said.push([label, message]) }) };
		const done = notice.hooks['astro:build:done'] as unknown as (options: { logger: typeof logger }) => void;
		done({ logger });
		expect(said).toEqual([['site-url', noSiteUrlWarning]]);
		expect(noSiteUrlWarning).toMatch(/^no SITE_URL was set, so there is no sitemap and pages carry no canonical link; set SITE_URL=https:\/\//);
	});
});

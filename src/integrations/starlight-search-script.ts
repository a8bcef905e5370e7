import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The module Astro makes of the `<script>` in Starlight's Search.astro. */
const starlightScript = /\/@astrojs\/starlight\/(?:dist\/)?components\/Search\.astro\?astro&type=script&index=0&lang\.ts$/;
/** The same for the `<script>` of our override, src/components/Search.astro, which loads <site-search-on-demand>. */
const ownScript = `${fileURLToPath(new URL('../components/Search.astro', import.meta.url))}?astro&type=script&index=0&lang.ts`;

/**
 * Starlight's search script only defines its <site-search> element, which
 * no page has any more (src/components/Search.astro hands the markup to
 * <site-search-on-demand>), yet every page loaded it: 1.2 KB gzip and a
 * request. Its module becomes ours, so both script tags load one file,
 * evaluated once. The client build fails if Starlight's script is not there
 * to replace (an upgrade that moved it), so the dead code does not come back
 * unnoticed.
 */
export function starlightSearchScript(): AstroIntegration {
	const replacedIn = new Set<string>();
	const plugin: Plugin = {
		name: 'starlight-search-script',
		enforce: 'pre',
		resolveId(id) {
			if (!starlightScript.test(id)) return null;
			replacedIn.add(this.environment.name);
			return ownScript;
		},
		buildEnd() {
			if (this.environment.name === 'client' && !replacedIn.has('client')) {
				this.error("starlight-search-script: Starlight's Search.astro has no <script> module left to replace; update src/integrations/starlight-search-script.ts");
			}
		},
	};
	return {
		name: 'starlight-search-script',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [plugin] } });
			},
		},
	};
}

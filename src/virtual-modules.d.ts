declare module 'virtual:lab-engine-url' {
	/** Absolute URL of the lab's engine chunk (src/components/lab/lab-engine.ts); see src/integrations/lab-engine.ts. */
	const url: string;
	export default url;
}

declare module 'virtual:offline-manifest' {
	/** What the service worker of this build may keep; written by src/integrations/offline.ts. */
	const manifest: import('@/lib/offline/manifest').OfflineManifest;
	export default manifest;
}

declare module 'virtual:starlight/pagefind-config' {
	/** The `pagefind` options of Starlight's config (its ranking), as Starlight's own search passes them to Pagefind. */
	export const pagefindUserConfig: Record<string, unknown>;
}

declare module '@pagefind/default-ui' {
	/** Pagefind's search interface (the package ships no types). */
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
		/** Removes the interface and resets Pagefind's runtime, so a new one starts afresh. */
		destroy(): void;
	}
}

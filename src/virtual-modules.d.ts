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

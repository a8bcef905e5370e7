declare module 'virtual:lab-engine-url' {
	/** Absolute URL of the lab's engine chunk (src/components/lab/lab-engine.ts); see src/integrations/lab-engine.ts. */
	const url: string;
	export default url;
}

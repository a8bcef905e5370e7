/** Feature checks for the lab's normal path (wasm in a module worker). */
export function hasWebAssembly(): boolean {
	try {
		// The smallest valid module: magic number and version.
		return typeof WebAssembly === 'object' && WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
	} catch {
		return false;
	}
}

/** Browsers that support module workers read the `type` option; older ones never touch it. */
export function hasModuleWorkers(): boolean {
	if (typeof Worker === 'undefined') return false;
	let supported = false;
	const options = {
		get type(): 'module' {
			supported = true;
			return 'module';
		},
	};
	const url = URL.createObjectURL(new Blob([''], { type: 'text/javascript' }));
	try {
		new Worker(url, options).terminate();
	} catch {
		supported = false;
	} finally {
		URL.revokeObjectURL(url);
	}
	return supported;
}

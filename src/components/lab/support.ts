/** Feature checks for the lab's normal path (wasm in a module worker). */
export function hasWebAssembly(): boolean {
	try {
		// The smallest valid module: magic number and version.
		return typeof WebAssembly === 'object' && WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
	} catch {
		return false;
	}
}

/**
 * Browsers that support module workers read the `type` option; older ones
 * never touch it. The address cannot be parsed: the browser reads the
 * options, then throws a SyntaxError before fetching anything, so no worker
 * starts and a host's Content-Security-Policy has nothing to refuse (an
 * empty blob: worker, as this was, needed `worker-src blob:`).
 */
export function hasModuleWorkers(): boolean {
	if (typeof Worker === 'undefined') return false;
	let supported = false;
	const options = {
		get type(): 'module' {
			supported = true;
			return 'module';
		},
	};
	try {
		new Worker('http://[', options).terminate();
	} catch (error) {
		// One that reads the option but refuses module workers throws its own error (a TypeError) instead.
		if (!(error instanceof DOMException && error.name === 'SyntaxError')) supported = false;
	}
	return supported;
}

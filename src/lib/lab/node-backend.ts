import { fileURLToPath } from 'node:url';
import { setBackend } from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-backend-cpu';
import { registerWasmConv2DBackpropFilter } from './wasm-conv2d-backprop-filter.ts';

/**
 * For tests and scripts running in Node: the wasm backend with its .wasm
 * files read straight from the installed package, plus the lab's extra
 * kernel. The cpu backend is registered too, as the reference.
 */
export async function useNodeBackend(name: 'wasm' | 'cpu'): Promise<void> {
	if (name === 'wasm') {
		setWasmPaths(fileURLToPath(new URL('../../../node_modules/@tensorflow/tfjs-backend-wasm/dist/', import.meta.url)));
	}
	if (!(await setBackend(name))) throw new Error(`useNodeBackend: the ${name} backend did not initialise`);
	if (name === 'wasm') registerWasmConv2DBackpropFilter();
}

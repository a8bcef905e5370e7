/// <reference lib="webworker" />
/**
 * The lab's training worker: tfjs on the wasm backend (SIMD where the
 * browser has it), off the main thread so the page never freezes. Loads the
 * source model once, then runs one plan per 'run' message; 'cancel' stops
 * the current run after its epoch.
 */
import { memory, setBackend, getBackend } from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { runExperiment } from '@/lib/lab/experiment.ts';
import { fetchSource } from '@/lib/lab/fetch-source.ts';
import type { Source } from '@/lib/lab/methods.ts';
import type { AssetUrls, FromRunner, ToWorker } from '@/lib/lab/protocol.ts';
import { registerWasmConv2DBackpropFilter } from '@/lib/lab/wasm-conv2d-backprop-filter.ts';

declare const self: DedicatedWorkerGlobalScope;

let source: Source | undefined;
let backendReady = false;
let cancelRequested = false;
const post = (message: FromRunner) => self.postMessage(message);
/** Lets a queued 'cancel' message run between epochs. */
const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function prepare(assets: AssetUrls): Promise<Source | undefined> {
	if (source) return source;
	try {
		if (!backendReady) {
			setWasmPaths(assets.wasmDir);
			if (!(await setBackend('wasm'))) throw new Error(`the wasm backend did not initialise from ${assets.wasmDir}`);
			registerWasmConv2DBackpropFilter();
			backendReady = true;
		}
	} catch (error) {
		post({ type: 'error', kind: 'backend', detail: (error as Error).message });
		return undefined;
	}
	try {
		source = await fetchSource(assets.modelDir);
	} catch (error) {
		post({ type: 'error', kind: 'model', detail: (error as Error).message });
		return undefined;
	}
	return source;
}

self.onmessage = async (event: MessageEvent<ToWorker>) => {
	const message = event.data;
	if (message.type === 'cancel') {
		cancelRequested = true;
		return;
	}
	cancelRequested = false;
	const ready = await prepare(message.assets);
	if (!ready) return;
	post({ type: 'ready', backend: getBackend() });
	try {
		const curves = await runExperiment(message.plan, ready, async (progress) => {
			post({ type: 'progress', progress });
			await yieldToMessages();
			return !cancelRequested;
		});
		post({ type: 'done', curves, cancelled: cancelRequested, numTensors: memory().numTensors });
	} catch (error) {
		post({ type: 'error', kind: 'run', detail: (error as Error).message });
	}
};

/// <reference lib="webworker" />
/**
 * The message loop of a lab training worker: tfjs on the wasm backend (SIMD
 * where the browser has it), off the main thread so the page never freezes.
 * Loads the source model once, then runs its share of each plan it is sent.
 * Runs never overlap: a newer run or a 'cancel' stops the current one after
 * its epoch.
 */
import { getBackend, memory, setBackend } from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { runExperiment } from '@/lib/lab/experiment.ts';
import { fetchSource } from '@/lib/lab/fetch-source.ts';
import type { Source } from '@/lib/lab/methods.ts';
import type { AssetUrls, FromRunner, FromWorker, ToWorker } from '@/lib/lab/protocol.ts';
import { registerWasmConv2DBackpropFilter } from '@/lib/lab/wasm-conv2d-backprop-filter.ts';

let source: Source | undefined;
let backendReady = false;
let latestRunId = -1;
/** Runs up to this id are cancelled. */
let cancelledRunId = -1;
let queue: Promise<void> = Promise.resolve();
/** A run stops when it is cancelled or a newer one has been sent. */
const stopped = (runId: number) => runId <= cancelledRunId || runId !== latestRunId;
/** Lets a queued 'cancel' or newer 'run' message arrive between epochs. */
const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function prepare(assets: AssetUrls, post: (message: FromRunner) => void): Promise<Source | undefined> {
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

async function run(scope: DedicatedWorkerGlobalScope, message: Extract<ToWorker, { type: 'run' }>): Promise<void> {
	const post = (reply: FromRunner) => scope.postMessage({ runId: message.runId, message: reply } satisfies FromWorker);
	if (message.runId !== latestRunId) return;
	const ready = await prepare(message.assets, post);
	if (!ready) return;
	post({ type: 'ready', backend: getBackend() });
	try {
		const curves = await runExperiment(
			message.plan,
			ready,
			async (progress) => {
				post({ type: 'progress', progress });
				await yieldToMessages();
				return !stopped(message.runId);
			},
			message.share,
		);
		post({ type: 'done', curves, cancelled: stopped(message.runId), numTensors: memory().numTensors });
	} catch (error) {
		post({ type: 'error', kind: 'run', detail: (error as Error).message });
	}
}

export function serveWorker(scope: DedicatedWorkerGlobalScope): void {
	scope.onmessage = (event: MessageEvent<ToWorker>) => {
		const message = event.data;
		if (message.type === 'cancel') {
			cancelledRunId = Math.max(cancelledRunId, message.runId);
			return;
		}
		latestRunId = message.runId;
		queue = queue.then(() => run(scope, message));
	};
}

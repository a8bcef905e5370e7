/**
 * The fallback when there is no WebAssembly or no module worker: the same
 * experiment code on tfjs's pure-JS cpu backend, on the page itself. The
 * caller reduces the plan first (fallback-plan.ts) because this is slow
 * and each epoch blocks the page.
 */
import { memory, setBackend } from '@tensorflow/tfjs-core';
import { runExperiment } from '@/lib/lab/experiment.ts';
import { fetchSource } from '@/lib/lab/fetch-source.ts';
import type { Source } from '@/lib/lab/methods.ts';
import type { Listener, Runner } from './runner.ts';

export function mainThreadRunner(listener: Listener): Runner {
	let source: Source | undefined;
	let cancelRequested = false;
	let disposed = false;
	let running = false;
	const release = () => {
		source?.model.dispose();
		source = undefined;
	};
	return {
		kind: 'main-thread',
		run: async (plan, assets) => {
			cancelRequested = false;
			try {
				// Its own chunk: a worker, which trains on wasm, never fetches it.
				await import('@tensorflow/tfjs-backend-cpu');
				if (!(await setBackend('cpu'))) throw new Error('the cpu backend did not initialise');
			} catch (error) {
				listener({ type: 'error', kind: 'run', detail: (error as Error).message });
				return;
			}
			try {
				source ??= await fetchSource(assets.modelDir);
			} catch (error) {
				listener({ type: 'error', kind: 'model', detail: (error as Error).message });
				return;
			}
			listener({ type: 'ready', backend: 'cpu' });
			running = true;
			try {
				const curves = await runExperiment(plan, source, async (progress) => {
					listener({ type: 'progress', progress });
					// Let the page paint the progress bar and handle a Cancel click between epochs.
					await new Promise((resolve) => setTimeout(resolve, 0));
					return !cancelRequested && !disposed;
				});
				listener({ type: 'done', curves, cancelled: cancelRequested, numTensors: memory().numTensors });
			} catch (error) {
				listener({ type: 'error', kind: 'run', detail: (error as Error).message });
			} finally {
				running = false;
				if (disposed) release();
			}
		},
		cancel: () => {
			cancelRequested = true;
		},
		dispose: () => {
			disposed = true;
			// A run in progress stops after its epoch and releases the model itself.
			if (!running) release();
		},
	};
}

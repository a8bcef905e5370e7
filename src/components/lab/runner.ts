import type { ExperimentPlan } from '@/lib/lab/plan.ts';
import type { AssetUrls, FromRunner } from '@/lib/lab/protocol.ts';

/** Runs plans somewhere (a worker, or the page itself) and reports through the listener. */
export interface Runner {
	readonly kind: 'worker' | 'main-thread';
	run(plan: ExperimentPlan, assets: AssetUrls): void;
	cancel(): void;
	dispose(): void;
}

export type Listener = (message: FromRunner) => void;

/** The normal path: a module worker, created only now (when the learner starts), so tfjs loads only then. */
export function createWorkerRunner(listener: Listener): Runner {
	const worker = new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module', name: 'transfer-lab' });
	worker.addEventListener('message', (event: MessageEvent<FromRunner>) => listener(event.data));
	// A worker whose script fails to load or throws at the top level reports here, not through messages.
	worker.addEventListener('error', (event) => {
		event.preventDefault();
		listener({ type: 'error', kind: 'backend', detail: event.message || 'the training worker failed to start' });
	});
	return {
		kind: 'worker',
		run: (plan, assets) => worker.postMessage({ type: 'run', plan, assets }),
		cancel: () => worker.postMessage({ type: 'cancel' }),
		dispose: () => worker.terminate(),
	};
}

/** The fallback: tfjs's cpu backend on the page itself, loaded on demand. */
export async function createMainThreadRunner(listener: Listener): Promise<Runner> {
	const { mainThreadRunner } = await import('./main-thread-runner.ts');
	return mainThreadRunner(listener);
}

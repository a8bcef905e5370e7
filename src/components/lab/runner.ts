import { inPlanOrder, shareEpochs, type Curve, type ExperimentPlan } from '@/lib/lab/plan.ts';
import type { AssetUrls, FromRunner, FromWorker } from '@/lib/lab/protocol.ts';
import labEngineUrl from 'virtual:lab-engine-url';

/** Runs plans somewhere (workers, or the page itself) and reports through the listener. */
export interface Runner {
	readonly kind: 'worker' | 'main-thread';
	run(plan: ExperimentPlan, assets: AssetUrls): void;
	cancel(): void;
	dispose(): void;
}

export type Listener = (message: FromRunner) => void;

/**
 * One worker per spare core, at most two: the page keeps a core to itself
 * (so it never stalls), and on 3+ cores a second worker trains half of the
 * plan's (amount, seed) jobs. Curve seeds do not depend on the split, so
 * the numbers are the same either way.
 */
export function workerCount(): number {
	return Math.max(1, Math.min(2, (navigator.hardwareConcurrency || 1) - 1));
}

interface PoolRun {
	id: number;
	plan: ExperimentPlan;
	done: number[];
	totals: number[];
	curves: Curve[][];
	finished: number;
	cancelled: boolean;
	numTensors: number;
}

/** The normal path: module workers, created only now (when the learner starts), so tfjs loads only then. */
export function createWorkerRunner(listener: Listener, count = workerCount()): Runner {
	let current: PoolRun | undefined;
	// A worker that fails before the first run (offline, its script cannot be fetched) has no run to report to: kept
	// for run(), which would otherwise post to a dead worker and wait for an answer that never comes.
	let startFailure: string | undefined;
	let nextId = 0;
	const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

	const receive = (index: number, runId: number, message: FromRunner) => {
		const run = current;
		if (!run || run.id !== runId) return;
		switch (message.type) {
			case 'ready':
				if (index === 0) listener(message);
				return;
			case 'progress':
				run.done[index] = message.progress.done;
				listener({ type: 'progress', progress: { curve: message.progress.curve, done: sum(run.done), total: sum(run.totals) } });
				return;
			case 'done':
				run.curves[index] = message.curves;
				run.cancelled ||= message.cancelled;
				run.numTensors += message.numTensors;
				run.finished += 1;
				if (run.finished < count) return;
				current = undefined;
				listener({ type: 'done', curves: inPlanOrder(run.plan, run.curves.flat()), cancelled: run.cancelled, numTensors: run.numTensors });
				return;
			case 'error':
				// One failure ends the whole run: stop the other workers and report once.
				current = undefined;
				for (const worker of workers) worker.postMessage({ type: 'cancel', runId });
				listener(message);
		}
	};

	const workers = Array.from({ length: count }, (_, index) => {
		const worker = new Worker(labEngineUrl, { type: 'module', name: `transfer-lab-${index + 1}` });
		worker.addEventListener('message', (event: MessageEvent<FromWorker>) => receive(index, event.data.runId, event.data.message));
		// A worker whose script fails to load or throws at the top level reports here, not through messages.
		worker.addEventListener('error', (event) => {
			event.preventDefault();
			const detail = event.message || 'the training worker failed to start';
			if (current) receive(index, current.id, { type: 'error', kind: 'backend', detail });
			else startFailure ??= detail;
		});
		return worker;
	});

	return {
		kind: 'worker',
		run: (plan, assets) => {
			if (startFailure) {
				listener({ type: 'error', kind: 'backend', detail: startFailure });
				return;
			}
			const id = nextId++;
			const shares = workers.map((_, index) => ({ index, count }));
			current = { id, plan, done: shares.map(() => 0), totals: shares.map((share) => shareEpochs(plan, share)), curves: shares.map(() => []), finished: 0, cancelled: false, numTensors: 0 };
			workers.forEach((worker, index) => worker.postMessage({ type: 'run', runId: id, plan, share: shares[index], assets }));
		},
		cancel: () => {
			if (current) for (const worker of workers) worker.postMessage({ type: 'cancel', runId: current.id });
		},
		dispose: () => {
			current = undefined;
			for (const worker of workers) worker.terminate();
		},
	};
}

/** The fallback: tfjs's cpu backend on the page itself, from the same chunk the workers run, loaded on demand. */
export async function createMainThreadRunner(listener: Listener): Promise<Runner> {
	const { mainThreadRunner }: typeof import('./lab-engine.ts') = await import(/* @vite-ignore */ labEngineUrl);
	return mainThreadRunner(listener);
}

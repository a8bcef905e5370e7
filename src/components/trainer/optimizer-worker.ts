/// <reference lib="webworker" />
/**
 * The optimizer's module worker: reads the whole review log (worker-log.ts)
 * and fits personal parameters (src/lib/srs/optimize), so the page never
 * waits on it. It needs no special headers (no SharedArrayBuffer);
 * cancelling is terminating it.
 */
import { answersSinceReset } from '../../lib/srs/card-changes';
import { reviewEvents } from '../../lib/srs/optimize/histories';
import { optimizeParameters, type Optimization } from '../../lib/srs/optimize/optimize';
import { storageFailure, type StorageFailure } from '../../lib/storage/errors';
import { workerLog, type LogRequest } from './worker-log';

export interface OptimizeRequest extends LogRequest {
	timeZone: string;
	dayStartMinutes: number;
	current: readonly number[];
}

export type OptimizeMessage = { progress: number } | { result: Optimization } | { failure: StorageFailure };

const scope = self as unknown as DedicatedWorkerGlobalScope;
/** Progress is posted at most this often (per whole percent). */
let lastPercent = -1;

scope.addEventListener('message', (event: MessageEvent<OptimizeRequest>) => {
	const { timeZone, dayStartMinutes, current } = event.data;
	void (async () => {
		try {
			const events = reviewEvents(answersSinceReset(await workerLog(event.data)), { timeZone, dayStartMinutes });
			const result = optimizeParameters(events, current, (done) => {
				const percent = Math.floor(done * 100);
				if (percent === lastPercent) return;
				lastPercent = percent;
				scope.postMessage({ progress: done } satisfies OptimizeMessage);
			});
			scope.postMessage({ result } satisfies OptimizeMessage);
		} catch (error) {
			scope.postMessage({ failure: storageFailure(error) } satisfies OptimizeMessage);
		}
	})();
});

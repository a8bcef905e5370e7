/// <reference lib="webworker" />
/**
 * The optimizer's module worker: reads the whole review log from the store
 * on its own connection and fits personal parameters
 * (src/lib/srs/optimize), so the page never waits on it. It needs no
 * special headers (no SharedArrayBuffer); cancelling is terminating it.
 */
import { answersSinceReset } from '../../lib/srs/card-changes';
import { reviewEvents } from '../../lib/srs/optimize/histories';
import { optimizeParameters, type Optimization } from '../../lib/srs/optimize/optimize';
import { DEFAULT_DB_NAME } from '../../lib/storage/database';
import { openTrainerStore } from '../../lib/storage/trainer-store';

export interface OptimizeRequest {
	timeZone: string;
	dayStartMinutes: number;
	current: readonly number[];
}

export type OptimizeMessage = { progress: number } | { result: Optimization } | { failure: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
/** Progress is posted at most this often (per whole percent). */
let lastPercent = -1;

scope.addEventListener('message', (event: MessageEvent<OptimizeRequest>) => {
	const { timeZone, dayStartMinutes, current } = event.data;
	void (async () => {
		try {
			const store = await openTrainerStore(DEFAULT_DB_NAME);
			let reviews;
			try {
				reviews = await store.reviews();
			} finally {
				store.close();
			}
			const events = reviewEvents(answersSinceReset(reviews), { timeZone, dayStartMinutes });
			const result = optimizeParameters(events, current, (done) => {
				const percent = Math.floor(done * 100);
				if (percent === lastPercent) return;
				lastPercent = percent;
				scope.postMessage({ progress: done } satisfies OptimizeMessage);
			});
			scope.postMessage({ result } satisfies OptimizeMessage);
		} catch (error) {
			scope.postMessage({ failure: error instanceof Error ? error.message : String(error) } satisfies OptimizeMessage);
		}
	})();
});

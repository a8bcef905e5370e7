/**
 * Work in flight that a reload must not cut short (an answer being written
 * to IndexedDB). Before the update banner reloads the page it fires
 * BEFORE_RELOAD on `window`; an island with such work passes a promise to
 * the event's `waitUntil`, and the reload waits for it.
 */
export const BEFORE_RELOAD = 'site:before-reload';

export interface BeforeReloadDetail {
	waitUntil(work: Promise<unknown>): void;
}

export interface PendingWork {
	/** Starts tracking `work`; returns it unchanged. */
	track<T>(work: Promise<T>): Promise<T>;
	/** Resolves once nothing tracked is pending, including work started while waiting; never rejects. */
	settled(): Promise<void>;
}

export function pendingWork(): PendingWork {
	const pending = new Set<Promise<unknown>>();
	return {
		track(work) {
			const tracked = work.then(
				() => undefined,
				() => undefined,
			);
			pending.add(tracked);
			void tracked.then(() => pending.delete(tracked));
			return work;
		},
		async settled() {
			while (pending.size > 0) await Promise.all(pending);
		},
	};
}

/**
 * `target` with every method call that returns a promise tracked, so a
 * store's writes can be waited for without each caller remembering to.
 */
export function trackCalls<T extends object>(target: T, work: PendingWork): T {
	return new Proxy(target, {
		get(object, key) {
			const value: unknown = Reflect.get(object, key, object);
			if (typeof value !== 'function') return value;
			return (...args: unknown[]) => {
				const result: unknown = value.apply(object, args);
				if (result instanceof Promise) work.track(result);
				return result;
			};
		},
	});
}

/** Collects the work islands report for one BEFORE_RELOAD event. */
export function beforeReloadCollector(): { detail: BeforeReloadDetail; settled(): Promise<void> } {
	const work = pendingWork();
	return { detail: { waitUntil: (promise) => void work.track(promise) }, settled: () => work.settled() };
}

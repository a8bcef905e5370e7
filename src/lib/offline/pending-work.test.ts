import { describe, expect, it } from 'vitest';
import { beforeReloadCollector, pendingWork, trackCalls } from './pending-work';

function deferred<T = void>() {
	let resolve!: (value: T) => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<T>((res, rej) => {
		resolve = res;
		reject = rej;
	});
	return { promise, resolve, reject };
}

describe('pendingWork', () => {
	it('settles only after every tracked promise, including one started while waiting', async () => {
		const work = pendingWork();
		const first = deferred();
		const second = deferred();
		work.track(first.promise);
		let settled = false;
		const waiting = work.settled().then(() => (settled = true));
		work.track(second.promise);
		first.resolve();
		await Promise.resolve();
		await Promise.resolve();
		expect(settled).toBe(false);
		second.reject(new Error('write failed'));
		await waiting;
		expect(settled).toBe(true);
	});

	it('settles at once with nothing pending', async () => {
		await expect(pendingWork().settled()).resolves.toBeUndefined();
	});
});

describe('trackCalls', () => {
	it("tracks the promises a store's methods return and leaves other members alone", async () => {
		const write = deferred<string>();
		const store = { name: 'store', answer: (key: string) => write.promise.then((value) => `${key}:${value}`), count: () => 3 };
		const work = pendingWork();
		const tracked = trackCalls(store, work);
		const answered = tracked.answer('card');
		let settled = false;
		const waiting = work.settled().then(() => (settled = true));
		expect(tracked.name).toBe('store');
		expect(tracked.count()).toBe(3);
		await Promise.resolve();
		expect(settled).toBe(false);
		write.resolve('good');
		await expect(answered).resolves.toBe('card:good');
		await waiting;
		expect(settled).toBe(true);
	});

	it('calls methods on the store itself, so private state keeps working', async () => {
		class Store {
			#secret = 'kept';
			read(): Promise<string> {
				return Promise.resolve(this.#secret);
			}
		}
		await expect(trackCalls(new Store(), pendingWork()).read()).resolves.toBe('kept');
	});
});

describe('beforeReloadCollector', () => {
	it('waits for the work islands hand to waitUntil', async () => {
		const collector = beforeReloadCollector();
		const answer = deferred();
		collector.detail.waitUntil(answer.promise);
		let settled = false;
		const waiting = collector.settled().then(() => (settled = true));
		await Promise.resolve();
		expect(settled).toBe(false);
		answer.resolve();
		await waiting;
		expect(settled).toBe(true);
	});
});

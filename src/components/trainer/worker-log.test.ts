import { describe, expect, it } from 'vitest';
import { DEFAULT_DB_NAME } from '../../lib/storage/database';
import { now, openStore, zone } from '../../lib/storage/test-helpers';
import type { TrainerContext } from './progress';
import { logForWorker, workerLog } from './worker-log';

describe('the review log a worker reads', () => {
	it("is read by the worker from the store by name, unless the page's store came through the Storage Access API's handle", async () => {
		const store = await openStore(DEFAULT_DB_NAME);
		const answer = await store.answer('d/a', 3, now, zone);
		const onOwnStorage = { store, handleStorage: undefined } as TrainerContext;
		expect(await logForWorker(onOwnStorage)).toEqual({});
		expect(await workerLog({})).toEqual([answer]);

		// On the handle, a worker opening the store by name would get another (the frame's partitioned) store: the page sends its log.
		const onHandle = { store, handleStorage: {} as IDBFactory } as TrainerContext;
		const request = await logForWorker(onHandle);
		expect(request).toEqual({ reviews: [answer] });
		await store.answer('d/b', 3, now, zone);
		expect(await workerLog(request)).toEqual([answer]);
		store.close();
	});
});

import { describe, expect, it } from 'vitest';
import { trainerDatabaseName } from '../../lib/storage/store-name';
import { now, openStore, zone } from '../../lib/storage/test-helpers';
import type { TrainerContext } from './progress';
import { logForWorker, workerLog } from './worker-log';

describe('the review log a worker reads', () => {
	it("is read by the worker from the page's store by its name, unless the page's store came through the Storage Access API's handle", async () => {
		const store = await openStore(trainerDatabaseName('/course/'));
		const answer = await store.answer('d/a', 3, now, zone);
		// The root's store, on the same origin, holds another answer: the worker must not read that one.
		await (await openStore(trainerDatabaseName('/'))).answer('d/root', 3, now, zone);
		const onOwnStorage = { store, handleStorage: undefined } as TrainerContext;
		const request = await logForWorker(onOwnStorage);
		expect(request).toEqual({ database: 'transfer-trainer:/course/' });
		expect(await workerLog(request)).toEqual([answer]);

		// On the handle, a worker opening the store by name would get another (the frame's partitioned) store: the page sends its log.
		const onHandle = { store, handleStorage: {} as IDBFactory } as TrainerContext;
		const sent = await logForWorker(onHandle);
		expect(sent).toEqual({ database: 'transfer-trainer:/course/', reviews: [answer] });
		await store.answer('d/b', 3, now, zone);
		expect(await workerLog(sent)).toEqual([answer]);
		store.close();
	});
});

import { openDB, unwrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { requestBuckets } from './card-buckets';
import { freshName } from './test-helpers';

describe('requestBuckets', () => {
	it('reads every record in key order, keys outside the bucket numbers included, as one getAll would', async () => {
		const database = await openDB(freshName(), 1, { upgrade: (upgrading) => void upgrading.createObjectStore('cards') });
		const keys: IDBValidKey[] = [-3, 0, 7, 9, 10, 42, 89, 90, 99, 150, 'not a bucket', [1]];
		const write = database.transaction('cards', 'readwrite');
		for (const key of keys) void write.store.put({ key }, key);
		await write.done;
		const transaction = database.transaction('cards', 'readonly');
		const [read, values, allKeys] = await Promise.all([requestBuckets(unwrap(transaction.store), 100, 10), transaction.store.getAll(), transaction.store.getAllKeys(), transaction.done]);
		expect(read).toEqual({ buckets: values, numbers: allKeys });
		expect(read.numbers).toEqual(keys);
		database.close();
	});
});

import type { ReviewRecord } from '../../lib/srs/types';
import { refuseIfChanged } from '../../lib/storage/errors';
import { openTrainerStore } from '../../lib/storage/trainer-store';
import type { TrainerContext } from './progress';

/**
 * The review log for a worker. A worker opens the store by name (the page's:
 * the site's own, store-name.ts) on its own connection, so the page never
 * reads or copies a 100,000-answer log. Inside a frame on another site whose
 * storage came through the Storage Access API's handle (embedded-storage.ts),
 * a worker opening the store by name would get the frame's partitioned
 * storage instead: there the page reads the log from its own store and sends
 * it along (`reviews` in the request).
 */
export interface LogRequest {
	/** The page's store (store-name.ts): a worker's own address has the page's base path, but the page names the store. */
	database: string;
	reviews?: ReviewRecord[];
}

/** On the page: what the request carries, so the worker reads the same log as the page. */
export async function logForWorker(context: TrainerContext): Promise<LogRequest> {
	refuseIfChanged(context.store.closedBy());
	const database = context.store.name;
	return context.handleStorage ? { database, reviews: await context.store.reviews() } : { database };
}

/** In the worker: the log the page sent, or the store's, read on the worker's own connection. */
export async function workerLog(request: LogRequest): Promise<ReviewRecord[]> {
	if (request.reviews) return request.reviews;
	const store = await openTrainerStore(request.database);
	try {
		return await store.reviews();
	} finally {
		store.close();
	}
}

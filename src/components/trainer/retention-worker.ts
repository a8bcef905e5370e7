/// <reference lib="webworker" />
/**
 * The retention chooser's module worker: reads the learner's answer times
 * from the review log and simulates a year of their deck at each desired
 * retention (src/lib/srs/workload.ts), posting each result as it is done,
 * so the page never freezes, however big the deck.
 */
import { answerTimes, type AnswerTimes } from '../../lib/srs/answer-seconds';
import type { CardRecord } from '../../lib/srs/types';
import { deckToStudy, workloadAt, type Workload } from '../../lib/srs/workload';
import { storageFailure, type StorageFailure } from '../../lib/storage/errors';
import { workerLog, type LogRequest } from './worker-log';

export interface WorkloadRequest extends LogRequest {
	timeZone: string;
	dayStartMinutes: number;
	newCardsPerDay: number;
	parameters: readonly number[];
	/** Every card of the decks, by key. */
	keys: string[];
	/** The learner's card records. */
	records: CardRecord[];
	retentions: number[];
	now: string;
}

export type WorkloadMessage = { times: AnswerTimes } | { workload: Workload } | { failure: StorageFailure };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<WorkloadRequest>) => {
	const request = event.data;
	void (async () => {
		try {
			const times = answerTimes(await workerLog(request));
			scope.postMessage({ times } satisfies WorkloadMessage);
			const clock = { timeZone: request.timeZone, dayStartMinutes: request.dayStartMinutes };
			const records = new Map(request.records.map((record) => [record.key, record]));
			const deck = deckToStudy(records, request.keys, new Date(request.now), clock);
			for (const retention of request.retentions) {
				const workload = workloadAt(retention, { deck, newPerDay: request.newCardsPerDay, parameters: request.parameters, seconds: times.seconds });
				scope.postMessage({ workload } satisfies WorkloadMessage);
			}
		} catch (error) {
			scope.postMessage({ failure: storageFailure(error) } satisfies WorkloadMessage);
		}
	})();
});

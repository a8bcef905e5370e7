/// <reference lib="webworker" />
/**
 * The backup import's module worker: answers the page's requests
 * (src/lib/backup/import-file.ts) off the page's thread, so a 50 MB file or
 * a million bad entries never freezes the page. One request at a time.
 */
import { answerImport, type ImportRequest } from '../../lib/backup/import-file';

const scope = self as unknown as DedicatedWorkerGlobalScope;

let queue = Promise.resolve();
scope.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
	queue = queue.then(async () => scope.postMessage(await answerImport(event.data)));
});

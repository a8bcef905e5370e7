/// <reference lib="webworker" />
/**
 * The lab's training code with tfjs, built once as its own chunk (see
 * src/integrations/lab-engine.ts) and loaded from one URL two ways: as a
 * module worker, where it answers the page's messages on the wasm backend,
 * and, where there is no wasm or no module worker, imported by the page for
 * the cpu-backend fallback. One chunk means tfjs is bundled once per build.
 */
import { serveWorker } from './worker-loop.ts';

export { mainThreadRunner } from './main-thread-runner.ts';

if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) serveWorker(self as DedicatedWorkerGlobalScope);

import type { Curve, ExperimentPlan, Progress, Share } from './plan.ts';

/** Where the browser finds the lab's files; both end in "/" and include the site's base path. */
export interface AssetUrls {
	wasmDir: string;
	modelDir: string;
}

/** Messages from the page to a training worker; `share` says which part of the plan this worker runs. */
export type ToWorker = { type: 'run'; runId: number; plan: ExperimentPlan; share: Share; assets: AssetUrls } | { type: 'cancel'; runId: number };

/** Why a run could not start or finish: the page shows a different message for each. */
export type FailureKind = 'model' | 'backend' | 'run';

/** Messages from the training worker (or the main-thread fallback) to the page. */
export type FromRunner =
	| { type: 'ready'; backend: string }
	| { type: 'progress'; progress: Progress }
	| { type: 'done'; curves: Curve[]; cancelled: boolean; numTensors: number }
	| { type: 'error'; kind: FailureKind; detail: string };

/** What a worker posts: its message, tagged with the run it belongs to, so late messages of an abandoned run are ignored. */
export interface FromWorker {
	runId: number;
	message: FromRunner;
}

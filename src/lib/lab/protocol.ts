import type { Curve, ExperimentPlan, Progress } from './plan.ts';

/** Where the browser finds the lab's files; both end in "/" and include the site's base path. */
export interface AssetUrls {
	wasmDir: string;
	modelDir: string;
}

/** Messages from the page to the training worker. */
export type ToWorker = { type: 'run'; plan: ExperimentPlan; assets: AssetUrls } | { type: 'cancel' };

/** Why a run could not start or finish: the page shows a different message for each. */
export type FailureKind = 'model' | 'backend' | 'run';

/** Messages from the training worker (or the main-thread fallback) to the page. */
export type FromRunner =
	| { type: 'ready'; backend: string }
	| { type: 'progress'; progress: Progress }
	| { type: 'done'; curves: Curve[]; cancelled: boolean; numTensors: number }
	| { type: 'error'; kind: FailureKind; detail: string };

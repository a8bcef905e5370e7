import { createHash } from 'node:crypto';
import { version_core } from '@tensorflow/tfjs-core';
import { runExperiment } from '../lab/experiment.ts';
import { BATCH_SIZE, LEARNING_RATES, type Source } from '../lab/methods.ts';
import { readShippedModel } from '../lab/shipped-model.ts';
import { finalAccuracy } from '../lab/summary.ts';
import type { EvidenceSettings } from './evidence-data.ts';
import { EVIDENCE_AMOUNTS, evidencePlan, type JobFinals, type SweepJob } from './sweep.ts';

/**
 * The Node side of the evidence sweep: which model and settings it runs
 * with, and one job through the lab's own experiment code. Used by
 * scripts/evidence.mjs and by the test that holds the committed data to
 * the current code.
 */
export function shippedModelIdentity(): EvidenceSettings['sourceModel'] {
	const { manifest, weights } = readShippedModel();
	return { weightsSha256: createHash('sha256').update(new Uint8Array(weights)).digest('hex'), heldOutAccuracy: manifest.heldOutAccuracy, tfjs: version_core };
}

export function sweepSettings(sourceModel: EvidenceSettings['sourceModel']): EvidenceSettings {
	const plan = evidencePlan('holds');
	return {
		sourceModel,
		backend: 'wasm',
		epochs: plan.epochs,
		validationSize: plan.validationSize,
		batchSize: BATCH_SIZE,
		learningRates: { ...LEARNING_RATES },
		methods: [...plan.methods],
		amounts: [...EVIDENCE_AMOUNTS],
		seeds: [...plan.seeds],
	};
}

/** Trains every method on one job's B images, as a lab run of that one amount and seed would. */
export async function runJob(job: SweepJob, source: Source): Promise<JobFinals> {
	const plan = { ...evidencePlan(job.variant), amounts: [job.amount], seeds: [job.seed] };
	const curves = await runExperiment(plan, source, () => true);
	return Object.fromEntries(curves.map((curve) => [curve.method, finalAccuracy(curve)]));
}

import { io } from '@tensorflow/tfjs-core';
import { loadLayersModel } from '@tensorflow/tfjs-layers';
import { sourceFromModel, type Source } from './methods.ts';
import { assertSourceArchitecture } from './network.ts';

/**
 * The shipped source model in tfjs "layers-model" format: model.json (the
 * architecture and a weights manifest) and one weights file. Parsing here
 * checks each field, so a missing or corrupt file fails with a message that
 * names the file and the field instead of a tfjs stack trace.
 */
export const MODEL_FILE = 'model.json';
export const WEIGHTS_FILE = 'weights.bin';

export class ModelFileError extends Error {}

export interface ModelFiles {
	modelJson: { format: 'layers-model'; generatedBy: string; modelTopology: unknown; weightsManifest: { paths: string[]; weights: io.WeightsManifestEntry[] }[] };
	weights: ArrayBuffer;
}

/** Turns what `model.save` hands a save handler into the two files to write. */
export function toModelFiles(artifacts: io.ModelArtifacts): ModelFiles {
	if (!artifacts.modelTopology || !artifacts.weightSpecs || !(artifacts.weightData instanceof ArrayBuffer)) {
		throw new ModelFileError('toModelFiles: the model produced no topology, weight specs or single weight buffer');
	}
	return {
		modelJson: { format: 'layers-model', generatedBy: 'scripts/train-source.mjs', modelTopology: artifacts.modelTopology, weightsManifest: [{ paths: [WEIGHTS_FILE], weights: artifacts.weightSpecs }] },
		weights: artifacts.weightData,
	};
}

const DTYPE_BYTES: Readonly<Record<string, number>> = { float32: 4, int32: 4 };

/** Validates model.json's text and the weights file's bytes and returns tfjs model artifacts. */
export function parseModelFiles(modelJsonText: string, weights: ArrayBuffer): io.ModelArtifacts {
	const fail = (field: string, problem: string): never => {
		throw new ModelFileError(`${MODEL_FILE}: "${field}" ${problem}`);
	};
	let json: unknown;
	try {
		json = JSON.parse(modelJsonText);
	} catch (error) {
		throw new ModelFileError(`${MODEL_FILE}: not valid JSON (${(error as Error).message})`);
	}
	if (typeof json !== 'object' || json === null) return fail('(root)', 'must be an object');
	const record = json as Record<string, unknown>;
	if (typeof record['modelTopology'] !== 'object' || record['modelTopology'] === null) fail('modelTopology', 'is missing');
	const manifest = record['weightsManifest'];
	if (!Array.isArray(manifest) || manifest.length !== 1) return fail('weightsManifest', 'must list exactly one weights group');
	const group = manifest[0] as { paths?: unknown; weights?: unknown };
	if (!Array.isArray(group.paths) || group.paths.length !== 1 || group.paths[0] !== WEIGHTS_FILE) fail('weightsManifest[0].paths', `must be ["${WEIGHTS_FILE}"]`);
	if (!Array.isArray(group.weights)) return fail('weightsManifest[0].weights', 'must be a list');
	let expectedBytes = 0;
	group.weights.forEach((entry: { name?: unknown; shape?: unknown; dtype?: unknown }, index: number) => {
		const where = `weightsManifest[0].weights[${index}]`;
		if (typeof entry.name !== 'string') fail(`${where}.name`, 'must be a string');
		if (!Array.isArray(entry.shape) || !entry.shape.every((n) => Number.isInteger(n) && n > 0)) fail(`${where}.shape`, 'must be a list of positive integers');
		const bytes = DTYPE_BYTES[String(entry.dtype)];
		if (bytes === undefined) return fail(`${where}.dtype`, `must be float32 or int32, got ${String(entry.dtype)}`);
		expectedBytes += bytes * (entry.shape as number[]).reduce((a, b) => a * b, 1);
	});
	if (weights.byteLength !== expectedBytes) {
		throw new ModelFileError(`${WEIGHTS_FILE}: has ${weights.byteLength} bytes, but ${MODEL_FILE} describes ${expectedBytes}`);
	}
	return { modelTopology: record['modelTopology'] as object, weightSpecs: group.weights as io.WeightsManifestEntry[], weightData: weights, format: 'layers-model' };
}

/** Builds the source network from checked artifacts and checks it is the lab's architecture. */
export async function loadSource(artifacts: io.ModelArtifacts): Promise<Source> {
	let model;
	try {
		model = await loadLayersModel(io.fromMemory(artifacts));
	} catch (error) {
		throw new ModelFileError(`${MODEL_FILE}: tfjs could not build the model (${(error as Error).message})`);
	}
	try {
		assertSourceArchitecture(model, MODEL_FILE);
	} catch (error) {
		model.dispose();
		throw new ModelFileError((error as Error).message);
	}
	return sourceFromModel(model);
}

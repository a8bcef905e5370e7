/**
 * public/models/source/manifest.json: how the shipped source model was made
 * and how well it does, so a test can hold it to its stated accuracy.
 */
export interface SourceManifest {
	task: 'shapes';
	classes: string[];
	/** The data recipe: every image is generated from these seeds. */
	recipe: {
		trainImages: number;
		trainSeed: number;
		heldOutImages: number;
		heldOutSeed: number;
		networkSeed: number;
		batchOrderSeed: number;
		epochs: number;
		batchSize: number;
		learningRate: number;
	};
	/** Accuracy on the held-out A images after training. */
	heldOutAccuracy: number;
	/** Bytes of model.json and weights.bin. */
	size: { modelJson: number; weights: number };
	tfjs: string;
	backend: string;
}

export const MANIFEST_FILE = 'manifest.json';

/** Checks the fields the lab and tests rely on, naming the first bad one. */
export function parseManifest(text: string): SourceManifest {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new Error(`${MANIFEST_FILE}: not valid JSON (${(error as Error).message})`);
	}
	const fail = (field: string, problem: string): never => {
		throw new Error(`${MANIFEST_FILE}: "${field}" ${problem}`);
	};
	if (typeof data !== 'object' || data === null) return fail('(root)', 'must be an object');
	const manifest = data as Partial<SourceManifest>;
	if (manifest.task !== 'shapes') fail('task', `must be "shapes", got ${String(manifest.task)}`);
	if (!Array.isArray(manifest.classes) || manifest.classes.length < 2) fail('classes', 'must list the class ids');
	const accuracy = manifest.heldOutAccuracy;
	if (typeof accuracy !== 'number' || accuracy < 0 || accuracy > 1) fail('heldOutAccuracy', `must be a number from 0 to 1, got ${String(accuracy)}`);
	const recipe = manifest.recipe;
	if (typeof recipe !== 'object' || recipe === null) return fail('recipe', 'is missing');
	for (const key of ['trainImages', 'trainSeed', 'heldOutImages', 'heldOutSeed', 'networkSeed', 'batchOrderSeed', 'epochs', 'batchSize', 'learningRate'] as const) {
		if (typeof recipe[key] !== 'number') fail(`recipe.${key}`, 'must be a number');
	}
	return manifest as SourceManifest;
}

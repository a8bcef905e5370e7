import { describe, expect, it } from 'vitest';
import { generateDataset } from './dataset.ts';
import { loadSource, ModelFileError, parseModelFiles } from './model-files.ts';
import { parseManifest } from './manifest.ts';
import { useNodeBackend } from './node-backend.ts';
import { readShippedModel } from './shipped-model.ts';
import { SOURCE_TASK } from './tasks.ts';
import { accuracy, disposeSplit, imagesToTensors } from './train.ts';

describe('the shipped source model', () => {
	it('still reaches its stated held-out accuracy on freshly generated task A images', async () => {
		await useNodeBackend('wasm');
		const { manifest, artifacts } = readShippedModel();
		const source = await loadSource(artifacts);
		// A seed the recipe never used: new images, same distribution.
		const fresh = imagesToTensors(generateDataset(SOURCE_TASK, 300, 777));
		const measured = accuracy(source.model, fresh);
		disposeSplit(fresh);
		source.model.dispose();
		expect(manifest.heldOutAccuracy).toBeGreaterThan(0.9);
		expect(measured).toBeGreaterThanOrEqual(manifest.heldOutAccuracy - 0.03);
	});

	it('stays within the 50 KB budget and matches its manifest', () => {
		const { manifest, modelJsonText, weights } = readShippedModel();
		expect(manifest.size).toEqual({ modelJson: Buffer.byteLength(modelJsonText), weights: weights.byteLength });
		expect(manifest.size.modelJson + manifest.size.weights).toBeLessThan(50_000);
		expect(manifest.classes).toEqual(SOURCE_TASK.classes.map((c) => c.id));
	});
});

describe('corrupt model files', () => {
	const { modelJsonText, weights } = readShippedModel();

	it('names the file when model.json is not JSON', () => {
		expect(() => parseModelFiles(modelJsonText.slice(0, 100), weights)).toThrow(/^model\.json: not valid JSON/);
	});

	it('names the file when the weights are truncated', () => {
		expect(() => parseModelFiles(modelJsonText, weights.slice(0, 1000))).toThrow(/^weights\.bin: has 1000 bytes, but model\.json describes \d+/);
	});

	it('names the field when the weights manifest is wrong', () => {
		const json = JSON.parse(modelJsonText);
		json.weightsManifest[0].weights[0].dtype = 'float16';
		expect(() => parseModelFiles(JSON.stringify(json), weights)).toThrow(/weightsManifest\[0\]\.weights\[0\]\.dtype" must be float32 or int32/);
		delete json.modelTopology;
		expect(() => parseModelFiles(JSON.stringify(json), weights)).toThrow(ModelFileError);
	});

	it('names the field when the manifest is incomplete', () => {
		expect(() => parseManifest('{"task":"shapes","classes":["a","b"],"heldOutAccuracy":2}')).toThrow(/manifest\.json: "heldOutAccuracy" must be a number from 0 to 1/);
	});
});

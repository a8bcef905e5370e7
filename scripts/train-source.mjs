// Trains the lab's source network on task A (procedurally drawn shapes) and
// writes it to public/models/source/: model.json, weights.bin, manifest.json.
// Deterministic: the data, initial weights and batch order come from the
// seeds in SOURCE_RECIPE. Runs on Node 24 (npm run train:source), which
// loads the TypeScript in src/lib/lab directly. `--out <dir>` writes
// elsewhere (the benchmark uses it to time a run without touching public/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getBackend, io, setBackend, version_core } from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { registerWasmConv2DBackpropFilter } from '../src/lib/lab/wasm-conv2d-backprop-filter.ts';
import { SOURCE_RECIPE, trainSourceModel } from '../src/lib/lab/source-training.ts';
import { SOURCE_TASK } from '../src/lib/lab/tasks.ts';
import { MODEL_FILE, toModelFiles, WEIGHTS_FILE } from '../src/lib/lab/model-files.ts';
import { MANIFEST_FILE } from '../src/lib/lab/manifest.ts';

const outFlag = process.argv.indexOf('--out');
const outDir = outFlag > 0 ? `${resolve(process.argv[outFlag + 1] ?? '')}/` : fileURLToPath(new URL('../public/models/source/', import.meta.url));
const started = performance.now();

setWasmPaths(fileURLToPath(new URL('../node_modules/@tensorflow/tfjs-backend-wasm/dist/', import.meta.url)));
if (!(await setBackend('wasm'))) throw new Error('train-source: the wasm backend did not initialise');
registerWasmConv2DBackpropFilter();

const { model, heldOutAccuracy } = await trainSourceModel(SOURCE_RECIPE, (line) => console.log(line));
let files;
await model.save(io.withSaveHandler(async (artifacts) => {
	files = toModelFiles(artifacts);
	return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
}));
model.dispose();

const modelJson = JSON.stringify(files.modelJson);
const manifest = {
	task: SOURCE_TASK.id,
	classes: SOURCE_TASK.classes.map((c) => c.id),
	recipe: SOURCE_RECIPE,
	heldOutAccuracy: Number(heldOutAccuracy.toFixed(4)),
	size: { modelJson: Buffer.byteLength(modelJson), weights: files.weights.byteLength },
	tfjs: version_core,
	backend: getBackend(),
};
mkdirSync(outDir, { recursive: true });
writeFileSync(outDir + MODEL_FILE, modelJson);
writeFileSync(outDir + WEIGHTS_FILE, new Uint8Array(files.weights));
writeFileSync(outDir + MANIFEST_FILE, JSON.stringify(manifest, null, '\t') + '\n');
const seconds = (performance.now() - started) / 1000;
console.log(`held-out accuracy ${manifest.heldOutAccuracy}, ${(manifest.size.modelJson + manifest.size.weights) / 1000} kB, ${seconds.toFixed(1)} s -> ${outDir}`);

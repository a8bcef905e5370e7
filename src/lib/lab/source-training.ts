import { generateDataset } from './dataset.ts';
import type { SourceManifest } from './manifest.ts';
import { buildNetwork } from './network.ts';
import { SOURCE_IMAGES } from './plan.ts';
import { createRandom } from './random.ts';
import { SOURCE_TASK } from './tasks.ts';
import { accuracy, disposeSplit, imagesToTensors, trainClassifier } from './train.ts';
import type { Sequential } from '@tensorflow/tfjs-layers';

/**
 * Task A's recipe. Small on purpose: the shapes are easy, 6000 images for
 * three epochs reach ~98% held-out accuracy, and the run stays well under
 * the 60 s budget on a 2-core machine with the wasm backend.
 */
export const SOURCE_RECIPE: SourceManifest['recipe'] = {
	trainImages: SOURCE_IMAGES,
	trainSeed: 1,
	heldOutImages: 1000,
	heldOutSeed: 2,
	networkSeed: 7,
	batchOrderSeed: 3,
	epochs: 3,
	batchSize: 32,
	learningRate: 0.005,
};

export interface TrainedSource {
	model: Sequential;
	heldOutAccuracy: number;
}

/** Trains the source network on task A from the recipe alone; the caller disposes the model. */
export async function trainSourceModel(recipe: SourceManifest['recipe'], log: (line: string) => void): Promise<TrainedSource> {
	const train = imagesToTensors(generateDataset(SOURCE_TASK, recipe.trainImages, recipe.trainSeed));
	const heldOut = imagesToTensors(generateDataset(SOURCE_TASK, recipe.heldOutImages, recipe.heldOutSeed));
	const model = buildNetwork(recipe.networkSeed, SOURCE_TASK.classes.length);
	try {
		await trainClassifier({
			model, train, validation: heldOut, classCount: SOURCE_TASK.classes.length, epochs: recipe.epochs, batchSize: recipe.batchSize,
			learningRate: recipe.learningRate, random: createRandom(recipe.batchOrderSeed),
			onEpoch: (epoch, value) => {
				log(`epoch ${epoch + 1}/${recipe.epochs}: held-out accuracy ${value.toFixed(4)}`);
				return true;
			},
		});
		return { model, heldOutAccuracy: accuracy(model, heldOut) };
	} finally {
		disposeSplit(train);
		disposeSplit(heldOut);
	}
}

import { model as functionalModel, type LayersModel } from '@tensorflow/tfjs-layers';
import type { Tensor } from '@tensorflow/tfjs-core';
import type { Method } from './plan.ts';
import { buildHead, buildNetwork, copyConvWeights, FEATURE_LAYER_NAME } from './network.ts';
import { createRandom } from './random.ts';
import { trainClassifier, type TensorSplit } from './train.ts';


/**
 * Adam learning rates. The new head learns at 0.01; the whole network from
 * scratch at 0.005 (at 0.01 one of three seeds on the textures collapsed to
 * 29% validation accuracy); fine-tuning starts from A's convs at 0.003, a
 * smaller step so the first updates do not wash out what A learned.
 */
export const LEARNING_RATES: Readonly<Record<Method, number>> = {
	'feature-extraction': 0.01,
	'fine-tuning': 0.003,
	scratch: 0.005,
};

export const BATCH_SIZE = 16;

/** The source network and the frozen feature extractor made from its conv base. */
export interface Source {
	model: LayersModel;
	featureExtractor: LayersModel;
}

export function sourceFromModel(model: LayersModel): Source {
	for (const layer of model.layers) layer.trainable = false;
	return { model, featureExtractor: functionalModel({ inputs: model.inputs, outputs: model.getLayer(FEATURE_LAYER_NAME).output as never }) };
}

export interface MethodRun {
	method: Method;
	source: Source;
	/** Images of task B as tensors (N x 28 x 28 x 1). */
	train: TensorSplit;
	validation: TensorSplit;
	classCount: number;
	epochs: number;
	seed: number;
	onEpoch(epoch: number, accuracy: number): boolean | Promise<boolean>;
}

/** Trains one method on one B training set; returns validation accuracy per epoch. Leaves no tensors behind. */
export async function runMethod(run: MethodRun): Promise<number[]> {
	const random = createRandom(run.seed);
	const common = { classCount: run.classCount, epochs: run.epochs, batchSize: BATCH_SIZE, learningRate: LEARNING_RATES[run.method], onEpoch: run.onEpoch };
	if (run.method === 'feature-extraction') {
		// The base is frozen, so its features never change: compute them once and train only a head on them.
		const trainFeatures = { ...run.train, x: run.source.featureExtractor.predict(run.train.x) as Tensor };
		const validationFeatures = { ...run.validation, x: run.source.featureExtractor.predict(run.validation.x) as Tensor };
		const head = buildHead(random.seed(), run.classCount);
		try {
			return await trainClassifier({ ...common, model: head, train: trainFeatures, validation: validationFeatures, random });
		} finally {
			head.dispose();
			trainFeatures.x.dispose();
			validationFeatures.x.dispose();
		}
	}
	const network = buildNetwork(random.seed(), run.classCount);
	if (run.method === 'fine-tuning') copyConvWeights(run.source.model, network);
	try {
		return await trainClassifier({ ...common, model: network, train: run.train, validation: run.validation, random });
	} finally {
		network.dispose();
	}
}

import { model as functionalModel, type LayersModel } from '@tensorflow/tfjs-layers';
import type { Tensor } from '@tensorflow/tfjs-core';
import type { Method } from './plan.ts';
import { buildHead, buildNetwork, buildTop, copyWeights, CONV_LAYER_NAMES, FEATURE_LAYER_NAME, HEAD_LAYER_NAME, LOWER_LAYER_NAME, TOP_LAYER_NAME } from './network.ts';
import { createRandom, type Random } from './random.ts';
import { trainClassifier, type TensorSplit } from './train.ts';

/**
 * Adam learning rates. A new head learns at 0.01. Pretrained layers that
 * train move ten times more slowly (0.001), in both fine-tuning recipes:
 * the TensorFlow tutorial's second stage trains the unfrozen top at
 * base_lr / 10, and d2l.ai gives the new head a rate ten times the
 * pretrained layers'. The whole network from scratch learns at 0.005 (at
 * 0.01 one of three seeds on the textures collapsed to 29% validation
 * accuracy).
 */
export const HEAD_RATE = 0.01;
export const PRETRAINED_RATE = HEAD_RATE / 10;
export const SCRATCH_RATE = 0.005;

/** The rates each method trains with, by what is trained: a new head, A's pretrained layers, or a whole network from scratch. */
export interface MethodRates {
	head?: number;
	pretrained?: number;
	network?: number;
}

/** `fine-tune-top` trains its head at `head` first, then the unfrozen top with the head at `pretrained`. */
export const LEARNING_RATES: Readonly<Record<Method, MethodRates>> = {
	scratch: { network: SCRATCH_RATE },
	'linear-probe': { head: HEAD_RATE },
	'fine-tune-top': { head: HEAD_RATE, pretrained: PRETRAINED_RATE },
	'fine-tune-all': { head: HEAD_RATE, pretrained: PRETRAINED_RATE },
};

export const BATCH_SIZE = 16;

/** The source network and the frozen extractors made from its conv base. */
export interface Source {
	model: LayersModel;
	/** The whole frozen base: the 400 features a head reads. */
	featureExtractor: LayersModel;
	/** The frozen layers below the top conv block, for fine-tuning the top. */
	lowerExtractor: LayersModel;
}

export function sourceFromModel(model: LayersModel): Source {
	for (const layer of model.layers) layer.trainable = false;
	const upTo = (name: string) => functionalModel({ inputs: model.inputs, outputs: model.getLayer(name).output as never });
	return { model, featureExtractor: upTo(FEATURE_LAYER_NAME), lowerExtractor: upTo(LOWER_LAYER_NAME) };
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

/** The same split with its inputs passed through a frozen extractor; the caller disposes the new inputs. */
function through(extractor: LayersModel, split: TensorSplit): TensorSplit {
	return { ...split, x: extractor.predict(split.x) as Tensor };
}

/** Epochs of the first stage of `fine-tune-top` (head only); the rest fine-tune the top block with the head. */
export function headEpochs(epochs: number): number {
	return Math.ceil(epochs / 2);
}

/** Trains one method on one B training set; returns validation accuracy per epoch. Leaves no tensors behind. */
export async function runMethod(run: MethodRun): Promise<number[]> {
	const random = createRandom(run.seed);
	const common = { classCount: run.classCount, batchSize: BATCH_SIZE, random };
	switch (run.method) {
		case 'linear-probe': {
			// The base is frozen, so its features never change: compute them once and train only a head on them.
			const train = through(run.source.featureExtractor, run.train);
			const validation = through(run.source.featureExtractor, run.validation);
			const head = buildHead(random.seed(), run.classCount);
			try {
				return await trainClassifier({ ...common, model: head, train, validation, epochs: run.epochs, learningRate: HEAD_RATE, onEpoch: run.onEpoch });
			} finally {
				head.dispose();
				train.x.dispose();
				validation.x.dispose();
			}
		}
		case 'fine-tune-top':
			return fineTuneTop(run, common);
		case 'fine-tune-all':
		case 'scratch': {
			const network = buildNetwork(random.seed(), run.classCount);
			const pretrained = run.method === 'fine-tune-all';
			if (pretrained) copyWeights(run.source.model, network, CONV_LAYER_NAMES);
			try {
				return await trainClassifier({
					...common, model: network, train: run.train, validation: run.validation, epochs: run.epochs, onEpoch: run.onEpoch,
					// d2l.ai's recipe: every layer trains from the start, the new head ten times faster than A's layers.
					...(pretrained ? { learningRate: PRETRAINED_RATE, layerRates: { [HEAD_LAYER_NAME]: HEAD_RATE } } : { learningRate: SCRATCH_RATE }),
				});
			} finally {
				network.dispose();
			}
		}
	}
}

/**
 * The TensorFlow tutorial's recipe on the lab's network: first a new head on
 * the frozen base (exactly the linear probe, on features computed once),
 * then the top conv block unfrozen and trained together with that head at
 * a tenth of the rate. The layers below the top block stay frozen, so
 * their output is computed once too.
 */
async function fineTuneTop(run: MethodRun, common: { classCount: number; batchSize: number; random: Random }): Promise<number[]> {
	const first = headEpochs(run.epochs);
	let go = true;
	const onEpoch = async (epoch: number, accuracy: number) => (go = await run.onEpoch(epoch, accuracy));
	const head = buildHead(common.random.seed(), run.classCount);
	const top = buildTop(run.classCount);
	try {
		const train = through(run.source.featureExtractor, run.train);
		const validation = through(run.source.featureExtractor, run.validation);
		let curve: number[];
		try {
			curve = await trainClassifier({ ...common, model: head, train, validation, epochs: first, learningRate: HEAD_RATE, onEpoch });
		} finally {
			train.x.dispose();
			validation.x.dispose();
		}
		if (!go || run.epochs === first) return curve;
		copyWeights(run.source.model, top, [TOP_LAYER_NAME]);
		copyWeights(head, top, [HEAD_LAYER_NAME]);
		const lowerTrain = through(run.source.lowerExtractor, run.train);
		const lowerValidation = through(run.source.lowerExtractor, run.validation);
		try {
			const second = await trainClassifier({
				...common, model: top, train: lowerTrain, validation: lowerValidation, epochs: run.epochs - first, learningRate: PRETRAINED_RATE,
				onEpoch: (epoch, accuracy) => onEpoch(first + epoch, accuracy),
			});
			return [...curve, ...second];
		} finally {
			lowerTrain.x.dispose();
			lowerValidation.x.dispose();
		}
	} finally {
		head.dispose();
		top.dispose();
	}
}

import { initializers, layers, sequential, type LayersModel, type Sequential } from '@tensorflow/tfjs-layers';
import { IMAGE_SIZE } from './raster.ts';

/**
 * The lab's one architecture, used for task A and for every method on task
 * B. Convolutions keep stride 1 (the wasm backward kernel supports only
 * that) and max pooling downsamples.
 *
 *   28x28x1 → conv 3x3x8 → pool 2 → conv 3x3x16 → pool 2 → flatten (400) → dense head
 *
 * Heads output logits (no softmax layer): the loss applies softmax itself,
 * and the predicted class is the largest logit either way.
 */
export const BASE_LAYER_NAMES = ['conv1', 'pool1', 'conv2', 'pool2', 'features'] as const;
export const CONV_LAYER_NAMES = ['conv1', 'conv2'] as const;
export const FEATURE_LAYER_NAME = 'features';
export const HEAD_LAYER_NAME = 'head';
/** The top conv block that `fine-tune-top` unfreezes, and the last frozen layer below it. */
export const TOP_LAYER_NAME = 'conv2';
export const LOWER_LAYER_NAME = 'pool1';
/** What the lower layers output for one 28x28 image: 13x13 positions, 8 channels. */
const LOWER_SHAPE = [13, 13, 8];
export const FEATURE_SIZE = 400;

type Initializer = ReturnType<typeof initializers.glorotUniform> | 'zeros';

/** The top conv block, pooling, flatten and head: shared by the whole network and by `buildTop`. */
function upperLayers(classCount: number, init: (offset: number) => Initializer, inputShape?: number[]) {
	return [
		layers.conv2d({ name: TOP_LAYER_NAME, ...(inputShape ? { inputShape } : {}), filters: 16, kernelSize: 3, strides: 1, activation: 'relu', kernelInitializer: init(2) }),
		layers.maxPooling2d({ name: 'pool2', poolSize: 2 }),
		layers.flatten({ name: FEATURE_LAYER_NAME }),
		layers.dense({ name: HEAD_LAYER_NAME, units: classCount, kernelInitializer: init(3) }),
	];
}

/** A fresh network with seeded initial weights, so "from scratch" is repeatable too. */
export function buildNetwork(seed: number, classCount: number): Sequential {
	const init = (offset: number) => initializers.glorotUniform({ seed: seed + offset });
	return sequential({
		layers: [
			layers.conv2d({ name: 'conv1', inputShape: [IMAGE_SIZE, IMAGE_SIZE, 1], filters: 8, kernelSize: 3, strides: 1, activation: 'relu', kernelInitializer: init(1) }),
			layers.maxPooling2d({ name: LOWER_LAYER_NAME, poolSize: 2 }),
			...upperLayers(classCount, init),
		],
	});
}

/**
 * The layers above LOWER_LAYER_NAME: the top conv block and a head, for the
 * second stage of `fine-tune-top`. Its weights are always copied in (A's
 * top block, the head trained in the first stage), so they start at zero.
 */
export function buildTop(classCount: number): Sequential {
	return sequential({ layers: upperLayers(classCount, () => 'zeros', LOWER_SHAPE) });
}

/** A new dense head alone, trained on features computed once by a frozen base. */
export function buildHead(seed: number, classCount: number): Sequential {
	return sequential({
		layers: [
			layers.dense({ name: HEAD_LAYER_NAME, inputShape: [FEATURE_SIZE], units: classCount, kernelInitializer: initializers.glorotUniform({ seed }) }),
		],
	});
}

/** Copies the weights of the named layers of `source` into `target` (values, not shared variables). */
export function copyWeights(source: LayersModel, target: LayersModel, names: readonly string[]): void {
	for (const name of names) target.getLayer(name).setWeights(source.getLayer(name).getWeights());
}

/** Checks that a loaded model is the lab's architecture, naming the first thing that differs. */
export function assertSourceArchitecture(model: LayersModel, where: string): void {
	for (const name of [...BASE_LAYER_NAMES, HEAD_LAYER_NAME]) {
		try {
			model.getLayer(name);
		} catch {
			throw new Error(`${where}: layer "${name}" is missing; expected layers ${[...BASE_LAYER_NAMES, HEAD_LAYER_NAME].join(', ')}`);
		}
	}
	const features = model.getLayer(FEATURE_LAYER_NAME).outputShape as number[];
	if (features[1] !== FEATURE_SIZE) throw new Error(`${where}: layer "${FEATURE_LAYER_NAME}" outputs ${features[1]} values, expected ${FEATURE_SIZE}`);
}

import { argMax, equal, gather, losses, oneHot, sum, tensor1d, tensor4d, tidy, train, type Scalar, type Tensor, type Variable } from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import type { Dataset } from './dataset.ts';
import { IMAGE_SIZE } from './raster.ts';
import type { Random } from './random.ts';

/** Training inputs as tensors; the caller owns and disposes them. */
export interface TensorSplit {
	x: Tensor;
	labels: Tensor;
	count: number;
}

export function imagesToTensors(dataset: Dataset): TensorSplit {
	return {
		x: tensor4d(dataset.images, [dataset.count, IMAGE_SIZE, IMAGE_SIZE, 1]),
		labels: tensor1d(dataset.labels, 'int32'),
		count: dataset.count,
	};
}

export function disposeSplit(split: TensorSplit): void {
	split.x.dispose();
	split.labels.dispose();
}

export interface TrainOptions {
	model: LayersModel;
	train: TensorSplit;
	validation: TensorSplit;
	classCount: number;
	epochs: number;
	batchSize: number;
	learningRate: number;
	/** Orders the batches; seeded so the run repeats exactly. */
	random: Random;
	/** Called after each epoch with the validation accuracy; return false to stop (cancel). */
	onEpoch(epoch: number, accuracy: number): boolean | Promise<boolean>;
}

/** Share of `split` that `model` classifies correctly. */
export function accuracy(model: LayersModel, split: TensorSplit): number {
	const correct = tidy(() => {
		const predicted = argMax(model.predict(split.x, { batchSize: 256 }) as Tensor, -1);
		return sum(equal(predicted, split.labels));
	});
	const value = correct.dataSync()[0] as number;
	correct.dispose();
	return value / split.count;
}

/**
 * Minibatch Adam on the model's trainable weights (frozen layers are not
 * trainable, so they are left alone), with our own seeded batch order.
 * Returns the validation accuracy after each epoch. Disposes everything it
 * creates, including the optimizer's slots.
 */
export async function trainClassifier(options: TrainOptions): Promise<number[]> {
	const { model, classCount, batchSize } = options;
	const optimizer = train.adam(options.learningRate);
	const variables = model.trainableWeights.map((weight) => weight.read() as Variable);
	const curve: number[] = [];
	try {
		const order = Array.from({ length: options.train.count }, (_, i) => i);
		for (let epoch = 0; epoch < options.epochs; epoch++) {
			options.random.shuffle(order);
			for (let start = 0; start < order.length; start += batchSize) {
				const indices = order.slice(start, start + batchSize);
				tidy(() => {
					const picked = tensor1d(indices, 'int32');
					const x = gather(options.train.x, picked);
					const y = oneHot(gather(options.train.labels, picked), classCount);
					optimizer.minimize(() => losses.softmaxCrossEntropy(y, model.apply(x, { training: true }) as Tensor) as Scalar, false, variables);
				});
			}
			const value = accuracy(model, options.validation);
			curve.push(value);
			if (!(await options.onEpoch(epoch, value))) break;
		}
	} finally {
		optimizer.dispose();
	}
	return curve;
}

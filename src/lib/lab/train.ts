import { argMax, dispose, equal, gather, losses, oneHot, sum, tensor1d, tensor4d, tidy, train, variableGrads, type Optimizer, type Scalar, type Tensor, type Variable } from '@tensorflow/tfjs-core';
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
	/** Learning rates for the weights of the named layers; every other trainable weight uses `learningRate`. */
	layerRates?: Readonly<Record<string, number>>;
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

/** A set of weights that one Adam optimizer updates at its own rate. */
interface RateGroup {
	optimizer: Optimizer;
	variables: Variable[];
}

/** One group per learning rate, in the order of the model's trainable weights, so a single rate behaves exactly like `optimizer.minimize`. */
function rateGroups(options: TrainOptions): RateGroup[] {
	const groups = new Map<number, Variable[]>();
	for (const layer of options.model.layers) {
		const rate = options.layerRates?.[layer.name] ?? options.learningRate;
		for (const weight of layer.trainableWeights) groups.set(rate, [...(groups.get(rate) ?? []), weight.read() as Variable]);
	}
	return [...groups].map(([rate, variables]) => ({ optimizer: train.adam(rate), variables }));
}

/**
 * Minibatch Adam on the model's trainable weights (frozen layers are not
 * trainable, so they are left alone), with our own seeded batch order and,
 * where `layerRates` asks for it, one optimizer per learning rate.
 * Returns the validation accuracy after each epoch. Disposes everything it
 * creates, including the optimizers' slots.
 */
export async function trainClassifier(options: TrainOptions): Promise<number[]> {
	const { model, classCount, batchSize } = options;
	const groups = rateGroups(options);
	const variables = groups.flatMap((group) => group.variables);
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
					const { grads } = variableGrads(() => losses.softmaxCrossEntropy(y, model.apply(x, { training: true }) as Tensor) as Scalar, variables);
					for (const group of groups) group.optimizer.applyGradients(group.variables.map((variable) => ({ name: variable.name, tensor: grads[variable.name] as Tensor })));
					dispose(grads);
				});
			}
			const value = accuracy(model, options.validation);
			curve.push(value);
			if (!(await options.onEpoch(epoch, value))) break;
		}
	} finally {
		for (const group of groups) group.optimizer.dispose();
	}
	return curve;
}

import { PIXELS } from './raster.ts';
import { createRandom } from './random.ts';
import type { Task } from './task.ts';

/** Images as one flat row-major array (count x 28 x 28) plus integer labels. */
export interface Dataset {
	images: Float32Array;
	labels: Int32Array;
	count: number;
	classCount: number;
}

/**
 * Draws `count` images of `task` from `seed`, classes balanced (the first
 * `count mod classes` classes get one extra) and in shuffled order.
 */
export function generateDataset(task: Task, count: number, seed: number): Dataset {
	if (!Number.isInteger(count) || count < 1) throw new Error(`generateDataset(${task.id}): count must be a positive integer, got ${count}`);
	const random = createRandom(seed);
	const classCount = task.classes.length;
	const labels = random.shuffle(Array.from({ length: count }, (_, i) => i % classCount));
	const images = new Float32Array(count * PIXELS);
	labels.forEach((label, i) => {
		const target = images.subarray(i * PIXELS, (i + 1) * PIXELS);
		task.classes[label]?.draw(random, target);
	});
	return { images, labels: Int32Array.from(labels), count, classCount };
}

/** A fixed shuffle of pixel positions, the same for every image it is applied to. */
export function pixelPermutation(seed: number): Int32Array {
	return Int32Array.from(createRandom(seed).shuffle(Array.from({ length: PIXELS }, (_, i) => i)));
}

/** The same images with their pixels moved by `permutation`: same content, a different kind of input. */
export function permuteDataset(dataset: Dataset, permutation: Int32Array): Dataset {
	if (permutation.length !== PIXELS) throw new Error(`permuteDataset: permutation must have ${PIXELS} entries, got ${permutation.length}`);
	const images = new Float32Array(dataset.images.length);
	for (let n = 0; n < dataset.count; n++) {
		const offset = n * PIXELS;
		for (let i = 0; i < PIXELS; i++) images[offset + i] = dataset.images[offset + (permutation[i] as number)] as number;
	}
	return { ...dataset, images };
}

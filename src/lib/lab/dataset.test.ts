import { describe, expect, it } from 'vitest';
import { generateDataset, permuteDataset, pixelPermutation } from './dataset.ts';
import { PIXELS } from './raster.ts';
import { SOURCE_TASK, TARGET_TASKS } from './tasks.ts';

const allTasks = [SOURCE_TASK, TARGET_TASKS.letters, TARGET_TASKS.textures];

describe('generateDataset', () => {
	it.each(allTasks.map((task) => [task.id, task] as const))('%s: the same seed gives the same images, another seed different ones', (_id, task) => {
		const a = generateDataset(task, 30, 5);
		const b = generateDataset(task, 30, 5);
		const c = generateDataset(task, 30, 6);
		expect(Buffer.from(a.images.buffer).equals(Buffer.from(b.images.buffer))).toBe(true);
		expect([...a.labels]).toEqual([...b.labels]);
		expect(Buffer.from(a.images.buffer).equals(Buffer.from(c.images.buffer))).toBe(false);
	});

	it.each(allTasks.map((task) => [task.id, task] as const))('%s: balanced labels, pixels in [0, 1], no blank image', (_id, task) => {
		const data = generateDataset(task, 40, 1);
		const counts = new Array(data.classCount).fill(0);
		for (const label of data.labels) counts[label]++;
		expect(counts).toEqual(new Array(10).fill(4));
		for (let n = 0; n < data.count; n++) {
			const image = data.images.subarray(n * PIXELS, (n + 1) * PIXELS);
			expect(Math.min(...image)).toBeGreaterThanOrEqual(0);
			expect(Math.max(...image)).toBeLessThanOrEqual(1);
			// Ink covers a real part of the canvas, not just noise.
			expect(image.filter((v) => v > 0.5).length).toBeGreaterThan(20);
		}
	});

	it('rejects a bad count, naming the task', () => {
		expect(() => generateDataset(TARGET_TASKS.letters, 0, 1)).toThrow(/generateDataset\(letters\): count must be a positive integer/);
	});
});

describe('pixel permutation', () => {
	it('is a fixed bijection that keeps each image\'s pixel values', () => {
		const permutation = pixelPermutation(3);
		expect([...permutation].sort((a, b) => a - b)).toEqual(Array.from({ length: PIXELS }, (_, i) => i));
		expect([...pixelPermutation(3)]).toEqual([...permutation]);
		const data = generateDataset(TARGET_TASKS.letters, 3, 1);
		const permuted = permuteDataset(data, permutation);
		const sorted = (values: Float32Array) => [...values].sort((a, b) => a - b);
		expect(sorted(permuted.images.subarray(0, PIXELS))).toEqual(sorted(data.images.subarray(0, PIXELS)));
		expect(permuted.images[0]).toBe(data.images[permutation[0] as number]);
		expect(permuted.labels).toEqual(data.labels);
	});
});

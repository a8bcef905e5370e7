import { conv2d, grad, setBackend, square, sum, tensor4d, tidy, type Tensor, type Tensor4D } from '@tensorflow/tfjs-core';
// Gradient functions are registered by this side-effect module (tfjs-layers imports it too; this test uses core alone).
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import { useNodeBackend } from './node-backend.ts';

/** Gradient of sum(conv2d(x, w)^2) with respect to the filter, on the current backend. */
function filterGradient(x: number[], xShape: number[], w: number[], wShape: number[], pad: 'same' | 'valid', stride: number): Float32Array {
	return tidy(() => {
		const input = tensor4d(x, xShape as [number, number, number, number]);
		const loss = (filter: Tensor) => sum(square(conv2d(input, filter as Tensor4D, stride, pad)));
		return grad(loss)(tensor4d(w, wShape as [number, number, number, number]));
	}).dataSync() as Float32Array;
}

function randomValues(count: number, seed: number): number[] {
	let state = seed;
	return Array.from({ length: count }, () => {
		state = (state * 1103515245 + 12345) % 2147483648;
		return state / 1073741824 - 1;
	});
}

function maxRelativeDiff(a: Float32Array, b: Float32Array): number {
	let worst = 0;
	const scale = Math.max(...[...b].map(Math.abs));
	for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs((a[i] as number) - (b[i] as number)) / scale);
	return worst;
}

const cases = [
	{ name: 'first layer, valid', xShape: [4, 28, 28, 1], wShape: [3, 3, 1, 8], pad: 'valid' },
	{ name: 'second layer, valid', xShape: [3, 13, 13, 8], wShape: [3, 3, 8, 16], pad: 'valid' },
	{ name: 'same padding, 5x5', xShape: [2, 9, 11, 3], wShape: [5, 5, 3, 4], pad: 'same' },
] as const;

describe('wasm Conv2DBackpropFilter (routed to Conv3DBackpropFilterV2)', () => {
	beforeAll(async () => {
		await useNodeBackend('cpu');
		await useNodeBackend('wasm');
	});

	it.each(cases)('matches the cpu backend: $name', async ({ xShape, wShape, pad }) => {
		const x = randomValues(xShape.reduce((a: number, b: number) => a * b, 1), 11);
		const w = randomValues(wShape.reduce((a: number, b: number) => a * b, 1), 13);
		await setBackend('cpu');
		const expected = filterGradient(x, [...xShape], w, [...wShape], pad, 1);
		await setBackend('wasm');
		const actual = filterGradient(x, [...xShape], w, [...wShape], pad, 1);
		expect(maxRelativeDiff(actual, expected)).toBeLessThan(1e-5);
	});

	it('refuses stride 2 with a message that says what to do', async () => {
		await setBackend('wasm');
		const x = randomValues(2 * 8 * 8, 3);
		const w = randomValues(9, 5);
		expect(() => filterGradient(x, [2, 8, 8, 1], w, [3, 3, 1, 1], 'valid', 2)).toThrow(/only stride 1 is supported.*downsample with pooling/);
	});
});

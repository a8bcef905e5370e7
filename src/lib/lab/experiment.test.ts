import { memory } from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExperiment } from './experiment.ts';
import { inPlanOrder, totalEpochs, validatePlan, type ExperimentPlan } from './plan.ts';
import type { Source } from './methods.ts';
import { loadSource } from './model-files.ts';
import { useNodeBackend } from './node-backend.ts';
import { readShippedModel } from './shipped-model.ts';

const tiny: ExperimentPlan = { task: 'letters', input: 'original', amounts: [10, 12], methods: ['linear-probe', 'fine-tune-top', 'fine-tune-all', 'scratch'], seeds: [1], epochs: 2, validationSize: 20 };
let source: Source;

beforeAll(async () => {
	await useNodeBackend('wasm');
	source = await loadSource(readShippedModel().artifacts);
});
afterAll(() => source.model.dispose());

describe('validatePlan', () => {
	it.each([
		[{ amounts: [5] }, /"amounts" must be whole numbers from 10 to 1000, got 5/],
		[{ amounts: [] }, /"amounts" must list at least one amount/],
		[{ task: 'shapes' }, /"task" must be one of letters, sounds, textures, got shapes/],
		[{ input: 'rotated' }, /"input" must be one of original, permuted, got rotated/],
		[{ epochs: 0 }, /"epochs" must be a whole number from 1 to 100/],
		[{ methods: [] }, /"methods" must list at least one method/],
	])('rejects %j', (change, message) => {
		expect(() => validatePlan({ ...tiny, ...change } as ExperimentPlan)).toThrow(message);
	});

	it('counts the epochs of a plan', () => {
		expect(totalEpochs(tiny)).toBe(2 * 4 * 1 * 2);
	});
});

// Real training on a shared machine: seconds per test, more under load.
describe('runExperiment', { timeout: 60_000 }, () => {
	it('gives one curve per (amount, seed, method), each epoch reported in order, and repeats exactly', async () => {
		const seen: number[] = [];
		const first = await runExperiment(tiny, source, ({ done }) => {
			seen.push(done);
			return true;
		});
		expect(first.map((c) => `${c.amount}/${c.method}`)).toEqual(['10/linear-probe', '10/fine-tune-top', '10/fine-tune-all', '10/scratch', '12/linear-probe', '12/fine-tune-top', '12/fine-tune-all', '12/scratch']);
		expect(first.every((c) => c.accuracies.length === 2 && c.accuracies.every((a) => a >= 0 && a <= 1))).toBe(true);
		expect(seen).toEqual(Array.from({ length: totalEpochs(tiny) }, (_, i) => i + 1));
		const second = await runExperiment(tiny, source, () => true);
		expect(second).toEqual(first);
	});

	it('gives the same curves when the plan is split into two shares', async () => {
		const whole = await runExperiment(tiny, source, () => true);
		const totals: number[] = [];
		const parts = await Promise.all(
			[0, 1].map((index) =>
				runExperiment(tiny, source, ({ total }) => {
					totals.push(total);
					return true;
				}, { index, count: 2 }),
			),
		);
		expect(inPlanOrder(tiny, parts.flat())).toEqual(whole);
		expect(Math.max(...totals)).toBeLessThan(totalEpochs(tiny));
	});

	it('stops when the callback says so and returns what finished', async () => {
		const curves = await runExperiment(tiny, source, ({ done }) => done < 3);
		expect(curves.map((c) => c.accuracies.length)).toEqual([2, 1]);
	});

	it('leaks no tensors over five runs, including a cancelled and a permuted one', async () => {
		await runExperiment(tiny, source, () => true);
		const before = memory().numTensors;
		for (let run = 0; run < 5; run++) {
			const plan: ExperimentPlan = { ...tiny, input: run % 2 ? 'permuted' : 'original', seeds: [run] };
			await runExperiment(plan, source, ({ done }) => run !== 2 || done < 4);
			expect(memory().numTensors).toBe(before);
		}
	});
});

import { METHODS, type Method } from '../lab/plan.ts';
import type { Variant } from '../lab/presets.ts';
import type { EvidenceData } from './evidence-data.ts';

/** For tests: evidence data whose per-seed accuracies come from `accuracy`, over every method the lab runs. */
export function fixtureEvidence(
	accuracy: (variant: Variant, method: Method, amount: number, seedIndex: number) => number,
	amounts: readonly number[] = [10, 100, 1000],
	seeds: readonly number[] = [1, 2],
): EvidenceData {
	const variants = [
		{ id: 'holds' as const, task: 'letters' as const, input: 'original' as const, violates: null },
		{ id: 'violated' as const, task: 'textures' as const, input: 'original' as const, violates: 'features' as const },
	];
	return {
		command: 'npm run evidence',
		settings: {
			sourceModel: { weightsSha256: '0'.repeat(64), heldOutAccuracy: 0.98, tfjs: '4.22.0' },
			backend: 'wasm',
			epochs: 20,
			validationSize: 150,
			batchSize: 16,
			learningRates: Object.fromEntries(METHODS.map((method) => [method, { head: 0.01 }])) as Record<Method, { head: number }>,
			methods: [...METHODS],
			amounts: [...amounts],
			seeds: [...seeds],
		},
		variants,
		results: variants.flatMap(({ id }) =>
			METHODS.flatMap((method) => amounts.map((amount) => ({ variant: id, method, amount, accuracies: seeds.map((_, i) => accuracy(id, method, amount, i)) }))),
		),
	};
}

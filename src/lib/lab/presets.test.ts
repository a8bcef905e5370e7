import { describe, expect, it } from 'vitest';
import { validatePlan } from './plan.ts';
import { reducePlanForMainThread } from './fallback-plan.ts';
import { DEFAULT_PRESET, PRESET_IDS, PRESETS, VARIANTS } from './presets.ts';

describe('ready experiments', () => {
	it.each(PRESET_IDS.flatMap((id) => VARIANTS.map((variant) => [id, variant] as const)))('%s / %s is a valid plan that compares transfer with scratch', (id, variant) => {
		const plan = PRESETS[id][variant];
		expect(() => validatePlan(plan)).not.toThrow();
		expect(plan.methods).toContain('linear-probe');
		expect(plan.methods).toContain('scratch');
	});

	it('each violated variant changes exactly the one thing its condition is about', () => {
		const { input, data, features } = PRESETS;
		expect({ ...input.violated, input: 'original' }).toEqual(input.holds);
		expect(data.violated.task).toBe(data.holds.task);
		expect(Math.min(...data.violated.amounts)).toBeGreaterThan(Math.max(...data.holds.amounts));
		expect({ ...features.violated, task: 'letters' }).toEqual(features.holds);
	});

	it('the default is the input experiment where the condition holds', () => {
		expect(DEFAULT_PRESET).toEqual({ id: 'input', variant: 'holds' });
	});
});

describe('reducePlanForMainThread', () => {
	it('caps amounts, seeds, epochs and validation size, and keeps a valid plan', () => {
		const reduced = reducePlanForMainThread(PRESETS.data.violated);
		expect(reduced.amounts).toEqual([50]);
		expect(reduced.seeds.length).toBeLessThanOrEqual(2);
		expect(reduced.epochs).toBeLessThanOrEqual(10);
		expect(() => validatePlan(reduced)).not.toThrow();
	});
});

import { describe, expect, it } from 'vitest';
import { conditionsBrokenBy } from '../conditions/manipulations.ts';
import { MUCH_MORE_DATA_RATIO } from '../conditions/transfer.ts';
import { conditionsAt, manipulationsOf } from './conditions.ts';
import { reducePlanForMainThread } from './fallback-plan.ts';
import { SOURCE_IMAGES, validatePlan } from './plan.ts';
import { DEFAULT_PRESET, PRESET_IDS, PRESETS, VARIANTS } from './presets.ts';

describe('ready experiments', () => {
	it.each(PRESET_IDS.flatMap((id) => VARIANTS.map((variant) => [id, variant] as const)))('%s / %s is a valid plan that compares the linear probe with scratch', (id, variant) => {
		const plan = PRESETS[id][variant];
		expect(() => validatePlan(plan)).not.toThrow();
		expect(plan.methods).toEqual(['linear-probe', 'scratch']);
	});

	it.each(PRESET_IDS)('%s: every condition holds in the first variant; the second breaks this one, by one change', (id) => {
		const { holds, violated } = PRESETS[id];
		for (const amount of holds.amounts) expect(Object.values(conditionsAt(holds, amount)).every(Boolean)).toBe(true);
		const [manipulation, ...others] = manipulationsOf(violated);
		expect(others).toEqual([]);
		expect(conditionsBrokenBy(manipulation!)).toContain(id);
		for (const amount of violated.amounts) expect(conditionsAt(violated, amount)[id]).toBe(false);
	});

	it('the data variant violates "much more data for A" by the shared threshold at every amount', () => {
		for (const amount of PRESETS.data.violated.amounts) expect(SOURCE_IMAGES / amount).toBeLessThan(MUCH_MORE_DATA_RATIO);
		for (const amount of PRESETS.data.holds.amounts) expect(SOURCE_IMAGES / amount).toBeGreaterThanOrEqual(MUCH_MORE_DATA_RATIO);
	});

	it('the input and features variants change only task B; the data variant only the amounts (and its cost)', () => {
		const { input, data, features } = PRESETS;
		expect({ ...input.violated, task: 'letters' }).toEqual(input.holds);
		expect({ ...features.violated, task: 'letters' }).toEqual(features.holds);
		expect({ ...data.violated, amounts: data.holds.amounts, seeds: data.holds.seeds, epochs: data.holds.epochs }).toEqual(data.holds);
	});

	it('the default is the input experiment where the condition holds', () => {
		expect(DEFAULT_PRESET).toEqual({ id: 'input', variant: 'holds' });
	});
});

describe('conditionsAt', () => {
	it('judges custom settings by the same definitions', () => {
		expect(conditionsAt({ task: 'letters', input: 'original' }, SOURCE_IMAGES / MUCH_MORE_DATA_RATIO)).toEqual({ input: true, data: true, features: true });
		expect(conditionsAt({ task: 'letters', input: 'original' }, SOURCE_IMAGES / MUCH_MORE_DATA_RATIO + 1)).toEqual({ input: true, data: false, features: true });
		expect(conditionsAt({ task: 'sounds', input: 'original' }, 20)).toEqual({ input: false, data: true, features: false });
		expect(conditionsAt({ task: 'textures', input: 'permuted' }, 20)).toEqual({ input: true, data: true, features: false });
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

import { describe, expect, it } from 'vitest';
import { cite, COMPARISON_IDS, COMPARISONS, crossoverStatements } from './citations.ts';
import { fixtureEvidence } from './test-helpers.ts';

const { method: scratch, reference: probe } = COMPARISONS['holds.scratch-catches-up'];
const fineTune = COMPARISONS['holds.fine-tune-all-overtakes'].method;

/** Letters: the probe leads scratch by 20 points at 10 images, scratch catches up by 1000; fine-tuning stays level with the probe. Textures: scratch and fine-tuning win from 100, level with each other. */
const data = fixtureEvidence((variant, method, amount) => {
	if (variant === 'holds') return method === scratch ? { 10: 0.3, 100: 0.6, 1000: 0.9 }[amount]! : { 10: 0.5, 100: 0.7, 1000: 0.92 }[amount]!;
	return method === probe ? 0.5 : { 10: 0.5, 100: 0.8, 1000: 0.95 }[amount]!;
});

describe('cite', () => {
	it('gives the B size of a crossover, the size below it, or the largest size when it never happens', () => {
		expect(cite(data, { crossover: 'holds.scratch-catches-up' })).toEqual({ value: 1000, unit: 'images' });
		expect(cite(data, { crossover: 'holds.scratch-catches-up', below: true })).toEqual({ value: 100, unit: 'images' });
		expect(cite(data, { crossover: 'holds.fine-tune-all-overtakes', none: true })).toEqual({ value: 1000, unit: 'images' });
		expect(cite(data, { crossover: 'violated.scratch-overtakes' })).toEqual({ value: 100, unit: 'images' });
		expect(cite(data, { crossover: 'violated.fine-tune-all-catches-up' })).toEqual({ value: 10, unit: 'images' });
	});

	it('gives the largest lead in points and where it is', () => {
		expect(cite(data, { lead: 'holds.probe-over-scratch' })).toEqual({ value: 20, unit: 'points' });
		expect(cite(data, { lead: 'holds.probe-over-scratch', at: true })).toEqual({ value: 10, unit: 'images' });
		expect(cite(data, { lead: 'violated.scratch-over-probe' })).toEqual({ value: 45, unit: 'points' });
		expect(cite(data, { lead: 'violated.scratch-over-probe', at: true })).toEqual({ value: 1000, unit: 'images' });
	});

	it('gives one mean accuracy, and the margin in points', () => {
		expect(cite(data, { variant: 'holds', method: scratch, amount: 100 })).toEqual({ value: 0.6, unit: 'percent' });
		expect(cite(data, { margin: true })).toEqual({ value: 5, unit: 'points' });
	});

	it('gives the settings of the sweep', () => {
		expect(cite(data, { setting: 'smallest-amount' })).toEqual({ value: 10, unit: 'images' });
		expect(cite(data, { setting: 'largest-amount' })).toEqual({ value: 1000, unit: 'images' });
		expect(cite(data, { setting: 'seeds' })).toEqual({ value: 2, unit: 'count' });
		expect(() => cite(data, { setting: 'colour' })).toThrow(/setting="colour" is not one of smallest-amount, largest-amount, seeds/);
	});

	it('fails, saying what to do, when the data does not support a citation', () => {
		expect(() => cite(data, { crossover: 'holds.fine-tune-top-overtakes' })).toThrow(/does not support it: it does not happen up to 1000 images\. Rerun `npm run evidence`/);
		expect(() => cite(data, { crossover: 'holds.scratch-catches-up', none: true })).toThrow(/it happens from 1000 images on/);
		expect(() => cite(data, { crossover: 'violated.fine-tune-all-catches-up', below: true })).toThrow(/it happens from the smallest size measured/);
		expect(() => cite(data, { crossover: 'holds.magic' })).toThrow(/crossover="holds.magic" is not one of holds.scratch-catches-up, /);
		expect(() => cite(data, { variant: 'holds', method: fineTune, amount: 30 })).toThrow(/amount must be one of 10, 100, 1000/);
		expect(() => cite(data, { variant: 'holds', method: 'magic', amount: 10 })).toThrow(/method must be one of/);
	});
});

describe('crossoverStatements', () => {
	it('states every named crossover: where it happens, or that it does not up to the largest size', () => {
		const statements = crossoverStatements(data);
		expect(statements.map((s) => s.key)).toEqual(COMPARISON_IDS.map((id) => (id.startsWith('holds.fine-tune') ? `evidence.caption.${id}.none` : `evidence.caption.${id}`)));
		expect(statements[0]!.values).toEqual({ amount: { value: 1000, unit: 'images' }, margin: { value: 5, unit: 'points' } });
		expect(statements.map((s) => s.variant)).toEqual(COMPARISON_IDS.map((id) => COMPARISONS[id].variant));
	});
});

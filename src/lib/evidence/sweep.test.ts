import { describe, expect, it } from 'vitest';
import { validatePlan } from '../lab/plan.ts';
import { CUSTOM_DEFAULTS, PRESETS } from '../lab/presets.ts';
import { parseEvidence } from './evidence-data.ts';
import { assembleEvidence, EVIDENCE_AMOUNTS, EVIDENCE_CONDITION, evidencePlan, formatEvidence, jobKey, sweepJobs, type JobFinals } from './sweep.ts';
import { fixtureEvidence } from './test-helpers.ts';

describe('evidencePlan', () => {
	it('is the ready experiment’s task and input with the lab’s custom-run settings, valid for the lab', () => {
		for (const variant of ['holds', 'violated'] as const) {
			const plan = evidencePlan(variant);
			expect(() => validatePlan(plan)).not.toThrow();
			expect({ task: plan.task, input: plan.input }).toEqual({ task: PRESETS[EVIDENCE_CONDITION][variant].task, input: PRESETS[EVIDENCE_CONDITION][variant].input });
			expect({ seeds: plan.seeds, epochs: plan.epochs, validationSize: plan.validationSize }).toEqual({ seeds: CUSTOM_DEFAULTS.seeds, epochs: CUSTOM_DEFAULTS.epochs, validationSize: CUSTOM_DEFAULTS.validationSize });
			expect(plan.amounts).toEqual(EVIDENCE_AMOUNTS);
		}
	});
});

describe('sweepJobs', () => {
	it('lists every (variant, amount, seed) once, smallest amounts first', () => {
		const jobs = sweepJobs();
		expect(new Set(jobs.map(jobKey)).size).toBe(jobs.length);
		expect(jobs).toHaveLength(2 * EVIDENCE_AMOUNTS.length * CUSTOM_DEFAULTS.seeds.length);
		expect(jobs.map((job) => job.amount)).toEqual([...jobs.map((job) => job.amount)].sort((a, b) => a - b));
	});
});

describe('assembleEvidence and formatEvidence', () => {
	const settings = fixtureEvidence(() => 0.5, EVIDENCE_AMOUNTS, CUSTOM_DEFAULTS.seeds).settings;
	const finals = new Map<string, JobFinals>(sweepJobs().map((job) => [jobKey(job), Object.fromEntries(settings.methods.map((m, i) => [m, job.amount / 10000 + i / 100 + job.seed / 10]))]));

	it('gathers every job’s finals into one valid data file, rounded to four decimals, seeds in order', () => {
		const data = assembleEvidence(settings, finals);
		expect(() => parseEvidence(data)).not.toThrow();
		const first = data.results[0]!;
		expect(first).toEqual({ variant: 'holds', method: settings.methods[0], amount: 10, accuracies: CUSTOM_DEFAULTS.seeds.map((seed) => Number((0.001 + seed / 10).toFixed(4))) });
		expect(data.variants.map((v) => v.violates)).toEqual([null, EVIDENCE_CONDITION]);
	});

	it('names a job that has no result', () => {
		const partial = new Map(finals);
		partial.delete('violated|50|2');
		expect(() => assembleEvidence(settings, partial)).toThrow(/job violated\|50\|2 has no result for /);
	});

	it('writes each list of numbers on one line and reads back the same data', () => {
		const data = assembleEvidence(settings, finals);
		const text = formatEvidence(data);
		expect(text).toMatch(/"accuracies": \[[\d.]+, [\d.]+, [\d.]+\]/);
		expect(text).toMatch(/"amounts": \[10, 20, 50, 100, 200, 500, 1000\]/);
		expect(text.endsWith('}\n')).toBe(true);
		expect(JSON.parse(text)).toEqual(data);
	});
});

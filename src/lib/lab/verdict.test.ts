import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import json from '../../../content/evidence/transfer-learning.json';
import { learnsAloneFrom } from '../evidence/citations.ts';
import { parseEvidence } from '../evidence/evidence-data.ts';
import type { ExperimentPlan } from './plan.ts';
import { PRESETS } from './presets.ts';
import { OUTCOMES, type Cell } from './summary.ts';
import { verdictSentences, type VerdictText } from './verdict.ts';

/** Writes each sentence as its key and values, so the tests see exactly what the page would fill in. */
const text: VerdictText = {
	t: (key, values = {}) => `${key}${Object.keys(values).length ? ` ${JSON.stringify(values)}` : ''}`,
	condition: (id) => `<${id}>`,
	points: (difference) => (difference * 100).toFixed(1),
	integer: (value) => String(value),
	list: (items) => items.join(' and '),
};

const cells = (plan: ExperimentPlan, transfer: number, scratch: number): Cell[] =>
	plan.amounts.flatMap((amount) => [
		{ method: 'linear-probe' as const, amount, finals: [transfer], mean: transfer },
		{ method: 'scratch' as const, amount, finals: [scratch], mean: scratch },
	]);

/** From where B learns on its own, by the committed evidence, as the page gets it. */
const learnsAlone = learnsAloneFrom(parseEvidence(json));

describe('verdictSentences', () => {
	it('when every condition holds, expects a gain', () => {
		const plan = PRESETS.input.holds;
		expect(verdictSentences({ cells: cells(plan, 0.6, 0.4), prediction: 'transfer-wins', plan, learnsAlone }, text)).toEqual([
			'lab.result.transfer-wins {"points":"20.0"}',
			'lab.result.held',
			'lab.conditions.all',
			'lab.result.expected.holds',
		]);
		expect(verdictSentences({ cells: cells(plan, 0.5, 0.48), prediction: undefined, plan, learnsAlone }, text).at(-1)).toBe('lab.result.unexpected.holds');
	});

	it('when every condition holds but B has enough images to learn on its own, says so instead of blaming chance', () => {
		// The evidence: from 200 letters on, training from scratch keeps up with the linear probe.
		expect(learnsAlone).toBe(200);
		const plan: ExperimentPlan = { ...PRESETS.input.holds, amounts: [200, 500] };
		expect(verdictSentences({ cells: cells(plan, 0.9, 0.89), prediction: 'transfer-wins', plan, learnsAlone }, text).slice(2)).toEqual([
			'lab.conditions.all',
			'lab.result.unexpected.holds.learns-alone {"amounts":"200 and 500","from":"200"}',
		]);
		const mixed: ExperimentPlan = { ...PRESETS.input.holds, amounts: [20, 500] };
		expect(verdictSentences({ cells: cells(mixed, 0.6, 0.6), prediction: undefined, plan: mixed, learnsAlone }, text).at(-1)).toBe('lab.result.unexpected.holds.learns-alone {"amounts":"500","from":"200"}');
		const tiny: ExperimentPlan = { ...PRESETS.input.holds, amounts: [20, 50] };
		expect(verdictSentences({ cells: cells(tiny, 0.4, 0.42), prediction: undefined, plan: tiny, learnsAlone }, text).at(-1)).toBe('lab.result.unexpected.holds');
	});

	it('names each condition a manipulation breaks by the shared numbers and names, and expects no gain', () => {
		const plan = PRESETS.input.violated;
		expect(verdictSentences({ cells: cells(plan, 0.5, 0.6), prediction: 'transfer-wins', plan, learnsAlone }, text)).toEqual([
			'lab.result.scratch-wins {"points":"10.0"}',
			'lab.result.missed',
			'lab.conditions.different-input-kind {"number":1,"condition":"<input>","number2":3,"condition2":"<features>"}',
			'lab.result.expected.violated',
		]);
	});

	it('judges the data condition by the shared threshold, and says why a gain that remains does not contradict the lesson', () => {
		const plan = PRESETS.data.violated;
		expect(verdictSentences({ cells: cells(plan, 0.97, 0.9), prediction: undefined, plan, learnsAlone }, text)).toEqual([
			'lab.result.transfer-wins {"points":"7.0"}',
			'lab.conditions.more-data-for-b {"number":2,"condition":"<data>","source":"6000","amounts":"1000","ratio":"6","threshold":10,"largest":"600"}',
			'lab.result.unexpected.more-data-for-b',
		]);
	});

	it('does not average across the threshold: amounts on both sides get a sentence of their own', () => {
		const plan: ExperimentPlan = { ...PRESETS.input.holds, amounts: [20, 800] };
		const sentences = verdictSentences({ cells: cells(plan, 0.7, 0.6), prediction: undefined, plan, learnsAlone }, text);
		expect(sentences.at(-2)).toContain('"amounts":"800","ratio":"7"');
		expect(sentences.at(-1)).toBe('lab.result.mixed {"largest":"600"}');
	});

	it('judges custom settings the same way: shuffled letters break condition 3', () => {
		const plan: ExperimentPlan = { ...PRESETS.input.holds, input: 'permuted' };
		expect(verdictSentences({ cells: cells(plan, 0.3, 0.29), prediction: undefined, plan, learnsAlone }, text).slice(1)).toEqual([
			'lab.conditions.shuffled-pixels {"number":3,"condition":"<features>"}',
			'lab.result.expected.violated',
		]);
	});

	it('judges nothing for a cancelled run, not even the prediction, and says how many runs finished', () => {
		const plan = PRESETS.features.violated;
		const cancelled = { finished: 3, planned: 12 };
		for (const prediction of [...OUTCOMES, undefined]) {
			expect(verdictSentences({ cells: cells(plan, 0.6, 0.4), prediction, plan, cancelled, learnsAlone }, text)).toEqual(['lab.result.cancelled {"finished":3,"planned":12}']);
		}
		expect(verdictSentences({ cells: [], prediction: 'transfer-wins', plan, cancelled: { finished: 0, planned: 12 }, learnsAlone }, text)).toEqual(['lab.result.cancelled {"finished":0,"planned":12}']);
	});

	it('asks for both methods when one is missing', () => {
		const plan = PRESETS.features.violated;
		expect(verdictSentences({ cells: cells(plan, 0.6, 0.7).filter((c) => c.method === 'scratch'), prediction: undefined, plan, learnsAlone }, text)).toEqual(['lab.result.incomparable']);
	});
});

describe('the verdict\'s wording of an unexpected gain', () => {
	const strings = (locale: string): Record<string, string> => JSON.parse(readFileSync(join(import.meta.dirname, '../../i18n', locale, 'lab.json'), 'utf8'));
	const lesson = (locale: string) => readFileSync(join(import.meta.dirname, '../../../content', locale, 'strategies/transfer-learning.mdx'), 'utf8');

	it('says a gain that remains need not be knowledge from A, and why, since the lab has no frozen random-weights baseline to rule it out', () => {
		// It said "this gain is not knowledge carried over from A", a claim no run of the lab can check.
		const hedged = { en: /need not be knowledge carried over from A: any fixed set of features, with a new head trained on them, can gain a little/, tr: /A'dan (?:aktarılan|taşınan) (?:bir )?bilgi olması gerekmez: herhangi bir sabit öznitelik kümesi, üzerinde eğitilen yeni bir başlıkla/ } as const;
		const asserted = /is not knowledge|not knowledge carried|bilgi değil/;
		for (const locale of ['en', 'tr'] as const) {
			const lab = strings(locale);
			for (const key of ['lab.result.unexpected.different-input-kind', 'lab.result.unexpected.shuffled-pixels']) {
				expect(lab[key], `${locale} ${key}`).toMatch(hedged[locale]);
				expect(lab[key], `${locale} ${key}`).not.toMatch(asserted);
			}
			const exercise = /<Exercise id="shuffled-pixels"[\s\S]*?<\/Exercise>/.exec(lesson(locale))![0].replace(/\s+/g, ' ');
			expect(exercise, locale).toMatch(hedged[locale]);
			expect(exercise, locale).not.toMatch(asserted);
		}
	});
});

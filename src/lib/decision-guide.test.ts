import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import guideEn from '../i18n/en/guide.json';
import methodsEn from '../i18n/en/methods.json';
import guideTr from '../i18n/tr/guide.json';
import methodsTr from '../i18n/tr/methods.json';
import { CLOSENESS, DATA_SIZES, dataSize, GATES, layersChanged, recommend, type Closeness } from './decision-guide';
import { largestLead, MARGIN } from './evidence/crossovers';
import { EVIDENCE_FILE, parseEvidence } from './evidence/evidence-data';
import { METHOD_IDS, type MethodId } from './methods';

const reusing: Closeness[] = ['close', 'different'];

describe('the decision guide', () => {
	it('ends in one of the four methods everywhere, and reaches each of them', () => {
		const reached = new Set([...GATES.map((gate) => gate.whenNot), ...CLOSENESS.flatMap((c) => DATA_SIZES.map((s) => recommend(c, s).method))]);
		expect([...reached].sort()).toEqual([...METHOD_IDS].sort());
	});

	it('lets more layers change when B has more data', () => {
		for (const closeness of reusing) {
			const little = recommend(closeness, 'little').method;
			const more = recommend(closeness, 'more').method;
			if (little === 'scratch' || more === 'scratch') throw new Error(`${closeness}: reuses nothing`);
			expect(layersChanged(more)).toBeGreaterThan(layersChanged(little));
		}
	});

	it('lets at least as many layers change when B is further from A', () => {
		for (const size of DATA_SIZES) {
			const close = recommend('close', size).method;
			const different = recommend('different', size).method;
			if (close === 'scratch' || different === 'scratch') throw new Error(`${size}: reuses nothing`);
			expect(layersChanged(different)).toBeGreaterThanOrEqual(layersChanged(close));
		}
	});

	it('probes an earlier layer only when B looks different and has little data', () => {
		const earlier = CLOSENESS.flatMap((c) => DATA_SIZES.filter((s) => recommend(c, s).earlierLayer).map((s) => `${c}/${s}`));
		expect(earlier).toEqual(['different/little']);
	});

	it('trains from scratch when a gate fails, and when A\'s features do not help a B with more data', () => {
		expect(recommend('unrelated', 'more')).toEqual({ method: 'scratch' });
		expect(GATES.map((gate) => [gate.id, gate.whenNot])).toEqual([
			['input', 'scratch'],
			['data', 'scratch'],
		]);
	});

	it('compares fine-tuning all layers with a from-scratch baseline when A\'s features do not help a B with little data, and only there', () => {
		expect(recommend('unrelated', 'little')).toEqual({ method: 'fine-tune-all', againstScratch: true });
		const compared = CLOSENESS.flatMap((c) => DATA_SIZES.filter((s) => recommend(c, s).againstScratch).map((s) => `${c}/${s}`));
		expect(compared).toEqual(['unrelated/little']);
	});

	it('says there that the cell lies outside the conditions for transfer, so fine-tuning is tried only against the baseline, in every language', () => {
		// The note only said "compared with a from-scratch baseline", as if fine-tuning were the plan where condition 3 fails.
		expect(guideEn['guide.againstScratch']).toMatch(/^outside the conditions for transfer: try it only against a from-scratch baseline/);
		expect(guideTr['guide.againstScratch']).toMatch(/^öğrenme aktarmasının koşulları dışında: yalnızca sıfırdan eğitilmiş bir referans modelle karşılaştırarak deneyin/);
		for (const locale of ['en', 'tr'] as const) {
			const text = lesson(locale);
			const cell = text.slice(text.indexOf(locale === 'en' ? '**The small-and-unrelated cell**' : '**Az veri ve yararsız öznitelikler hücresi**')).split('\n\n')[0]!.replace(/\s+/g, ' ');
			expect(cell, locale).toMatch(locale === 'en' ? /lies outside the conditions for transfer: condition 3 fails there/ : /öğrenme aktarmasının koşulları dışındadır: orada 3\. koşul sağlanmaz/);
		}
	});

	it('says "compare" there because the lab measured no steady winner: each of the two leads the other by the margin at some size', () => {
		const data = parseEvidence(JSON.parse(readFileSync(join(import.meta.dirname, '../..', EVIDENCE_FILE), 'utf8')));
		const lead = (method: 'fine-tune-all' | 'scratch', reference: 'fine-tune-all' | 'scratch') => largestLead(data, 'violated', method, reference).gap;
		expect(lead('fine-tune-all', 'scratch')).toBeGreaterThanOrEqual(MARGIN);
		expect(lead('scratch', 'fine-tune-all')).toBeGreaterThanOrEqual(MARGIN);
	});
});

describe('the data gate', () => {
	const strings = (locale: string, file: string): Record<string, string> => JSON.parse(readFileSync(join(import.meta.dirname, '../i18n', locale, `${file}.json`), 'utf8'));

	it('asks about A\'s data of B\'s kind, labelled or not, as condition 2 does: self-supervised pretraining meets it', () => {
		const labelled = { en: /labelled/i, tr: /etiketli/i } as const;
		const either = { en: /labelled or not/, tr: /etiketli ya da etiketsiz/ } as const;
		for (const locale of ['en', 'tr'] as const) {
			const gate = strings(locale, 'guide')['guide.gate.data']!;
			expect(gate.replace(either[locale], ''), locale).not.toMatch(labelled[locale]);
			expect(gate, locale).toMatch(either[locale]);
			const condition = strings(locale, 'conditions');
			for (const key of ['condition.transfer.data', 'condition.transfer.data.short', 'condition.transfer.data.fails']) expect(condition[key], `${locale} ${key}`).not.toMatch(labelled[locale]);
		}
	});
});

const lesson = (locale: string) => readFileSync(join(import.meta.dirname, '../../content', locale, 'strategies/transfer-learning.mdx'), 'utf8');
const names = { en: methodsEn, tr: methodsTr } as const;

describe('the lesson\'s "Choose a method" exercise', () => {
	const exercise = (locale: string) => /<Exercise id="choose-a-method"[\s\S]*?<\/Exercise>/.exec(lesson(locale))![0];

	/** The method each numbered answer names first, in bold, by the locale's method names. */
	function answers(locale: 'en' | 'tr'): MethodId[] {
		const solution = exercise(locale).split('<div slot="solution">')[1]!;
		return [...solution.matchAll(/^\d+\. [\s\S]*?\*\*([^*]+)\*\*/gm)].map(([, bold]) => {
			const text = bold!.toLocaleLowerCase(locale);
			const found = METHOD_IDS.filter((id) => [`method.${id}`, `method.${id}.short`].some((key) => text.startsWith((names[locale] as Record<string, string>)[key]!.toLocaleLowerCase(locale))));
			if (found.length !== 1) throw new Error(`${locale}: "${bold}" names ${found.length === 0 ? 'no method' : found.join(' and ')}`);
			return found[0]!;
		});
	}

	it('answers each case with a method the guide gives for that much data per class, the same in both languages', () => {
		const question = exercise('en').split('<div slot="solution">')[0]!;
		const cases = [...question.matchAll(/([\d,]+) (?:labelled )?[a-z ]*?(?:photos|images) of (\d+)/g)].map(([, images, classes]) => Number(images!.replace(/,/g, '')) / Number(classes));
		expect(cases).toHaveLength(3);
		const en = answers('en');
		expect(en).toHaveLength(cases.length);
		cases.forEach((perClass, i) => {
			const allowed = (['close', 'different'] as const).map((closeness) => recommend(closeness, dataSize(perClass)).method);
			expect(allowed, `case ${i + 1}: ${perClass.toFixed(0)} images per class`).toContain(en[i]);
		});
		expect(answers('tr')).toEqual(en);
	});
});

describe('the lesson\'s chest X-ray example', () => {
	const example = (locale: string) => {
		const text = lesson(locale);
		return text.slice(text.indexOf('{#example-x-ray}'), text.indexOf('{#example-audio}')).replace(/\s+/g, ' ');
	};
	/** Whether the text names the method, by its full or short name in the locale. */
	const mentions = (locale: 'en' | 'tr', text: string, method: MethodId) =>
		[`method.${method}`, `method.${method}.short`].some((key) => text.toLocaleLowerCase(locale).includes((names[locale] as Record<string, string>)[key]!.toLocaleLowerCase(locale)));

	it('recommends what the guide gives for its numbers: grey X-rays look unlike photos, and 2,000 scans in two classes sit where "little data" ends', () => {
		// It said "linear probe, then fine-tune the top layers", which the guide gives for neither amount of data.
		const en = example('en');
		const count = (pattern: RegExp) => {
			const match = pattern.exec(en);
			expect(match, `the English example should match ${pattern}`).not.toBeNull();
			return Number(match![1]!.replace(/,/g, ''));
		};
		const scans = count(/([\d,]+) labelled scans/);
		const perClass = count(/about ([\d,]+) scans per class/);
		expect(perClass).toBe(scans / 2);
		const atBoundary = recommend('different', dataSize(perClass));
		const justBelow = recommend('different', dataSize(perClass - 1));
		expect(atBoundary).toEqual({ method: 'fine-tune-all' });
		expect(justBelow).toEqual({ method: 'linear-probe', earlierLayer: true });
		const earlierLayer = { en: guideEn['guide.earlierLayer'], tr: guideTr['guide.earlierLayer'] } as const;
		for (const locale of ['en', 'tr'] as const) {
			const text = example(locale);
			for (const { method } of [atBoundary, justBelow]) expect(mentions(locale, text, method), `${locale}: ${method}`).toBe(true);
			expect(mentions(locale, text, 'fine-tune-top'), locale).toBe(false);
			expect(text, locale).toContain(earlierLayer[locale]);
		}
	});
});

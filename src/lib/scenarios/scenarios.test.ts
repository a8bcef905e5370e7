import { describe, expect, it } from 'vitest';
import { tasks } from './bank';
import { hasEnoughData } from './end-to-end';
import { renderScenario, scenarioFor, type RenderedScenario, type Scenario, type ScenarioConcept } from './index';
import { multitaskConditions } from './multitask';
import { transferConditions } from './transfer';

const concepts: ScenarioConcept[] = ['transfer', 'multitask', 'end-to-end'];
const seeds = Array.from({ length: 60 }, (_, i) => i * 7919 + 11);

function correctIds(rendered: RenderedScenario): string[] {
	return rendered.options.filter((o) => o.correct).map((o) => o.id);
}

/** The options that must be marked: the verdict when every condition holds, else each failing condition. */
function expectedIds(conditions: Record<string, boolean>): string[] {
	const failing = Object.entries(conditions).filter(([, holds]) => !holds).map(([id]) => `${id}-fails`);
	return failing.length === 0 ? ['practical'] : failing;
}

describe('transfer scenarios follow the truth table', () => {
	it('reach all 8 combinations within every 8 reviews of a card', () => {
		for (const seed of seeds) {
			const seen = new Set<string>();
			for (let review = 0; review < 8; review++) {
				const s = scenarioFor('transfer', seed, review);
				if (s.concept !== 'transfer') throw new Error('wrong concept');
				seen.add(JSON.stringify(transferConditions(s)));
			}
			expect(seen.size).toBe(8);
		}
	});

	it('judge each condition from the facts, never in the ambiguous middle', () => {
		for (const seed of seeds) {
			for (let review = 0; review < 16; review++) {
				const s = scenarioFor('transfer', seed, review);
				if (s.concept !== 'transfer') throw new Error('wrong concept');
				const c = transferConditions(s);
				expect(c.sameInput).toBe(s.source.input === s.target.input);
				const ratio = s.sourceCount / s.targetCount;
				expect(ratio >= 50 || ratio <= 1).toBe(true);
				expect(c.muchMoreSourceData).toBe(ratio >= 50);
				expect(c.usefulFeatures).toBe(s.source.features.shareable && s.source.features.id === s.target.features.id);
			}
		}
	});

	it('mark exactly the right options in every language', () => {
		for (const seed of seeds.slice(0, 20)) {
			for (let review = 0; review < 8; review++) {
				const s = scenarioFor('transfer', seed, review);
				if (s.concept !== 'transfer') throw new Error('wrong concept');
				const c = transferConditions(s);
				const expected = expectedIds({ input: c.sameInput, data: c.muchMoreSourceData, features: c.usefulFeatures });
				for (const locale of ['en', 'tr']) expect(correctIds(renderScenario(s, locale))).toEqual(expected);
			}
		}
	});
});

describe('multi-task scenarios follow the truth table', () => {
	it('reach all 8 combinations and mark exactly the failing conditions', () => {
		for (const seed of seeds) {
			const seen = new Set<string>();
			for (let review = 0; review < 8; review++) {
				const s = scenarioFor('multitask', seed, review);
				if (s.concept !== 'multitask') throw new Error('wrong concept');
				const c = multitaskConditions(s);
				seen.add(JSON.stringify(c));
				const counts = s.tasks.map((t) => t.count);
				const spread = Math.max(...counts) / Math.min(...counts);
				expect(spread <= 2 || spread >= 10).toBe(true);
				expect(c.bigEnoughNetwork).toBe(!s.underfitsAlone);
				const expected = expectedIds({ features: c.sharedFeatures, data: c.similarData, network: c.bigEnoughNetwork });
				for (const locale of ['en', 'tr']) expect(correctIds(renderScenario(s, locale))).toEqual(expected);
			}
			expect(seen.size).toBe(8);
		}
	});
});

describe('end-to-end scenarios', () => {
	it('show both outcomes within every 10 reviews and mark the options to match', () => {
		for (const seed of seeds) {
			const outcomes = new Set<boolean>();
			for (let review = 0; review < 10; review++) {
				const s = scenarioFor('end-to-end', seed, review);
				if (s.concept !== 'end-to-end') throw new Error('wrong concept');
				const enough = hasEnoughData(s);
				outcomes.add(enough);
				expect(s.pairs >= 1_000_000 || s.pairs <= 20_000).toBe(true);
				for (const locale of ['en', 'tr']) expect(correctIds(renderScenario(s, locale))).toEqual(enough ? ['practical'] : ['data-fails', 'keep-steps']);
			}
			expect(outcomes).toEqual(new Set([true, false]));
		}
	});
});

describe('variants', () => {
	it('are deterministic for a seed and review', () => {
		for (const concept of concepts) {
			for (const seed of seeds.slice(0, 10)) {
				const first: Scenario = scenarioFor(concept, seed, 3);
				expect(scenarioFor(concept, seed, 3)).toEqual(first);
				expect(renderScenario(scenarioFor(concept, seed, 3), 'tr')).toEqual(renderScenario(first, 'tr'));
			}
		}
	});

	it('never repeat their wording on consecutive reviews, also across runs of the schedule', () => {
		for (const concept of concepts) {
			for (const seed of seeds.slice(0, 30)) {
				for (const locale of ['en', 'tr']) {
					let previous = renderScenario(scenarioFor(concept, seed, 0), locale).prompt;
					for (let review = 1; review <= 40; review++) {
						const now = renderScenario(scenarioFor(concept, seed, review), locale).prompt;
						expect(now).not.toBe(previous);
						previous = now;
					}
				}
			}
		}
	});

	it('fall back to English wording for a locale without scenario grammar', () => {
		const s = scenarioFor('transfer', 1, 0);
		expect(renderScenario(s, 'ar')).toEqual(renderScenario(s, 'en'));
	});
});

describe('the task bank', () => {
	it('gives every task-specific feature family to one task only, so differing families are what "fails" means', () => {
		const own = tasks.filter((t) => !t.features.shareable).map((t) => t.features.id);
		expect(new Set(own).size).toBe(own.length);
		expect(new Set(tasks.map((t) => t.id)).size).toBe(tasks.length);
	});
});

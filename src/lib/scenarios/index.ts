/**
 * The scenario generator's entry point: which scenario a card shows at a
 * given review, and its wording in a locale.
 */
import type { Concept } from '../conditions/conditions.ts';
import type { RenderedScenario } from './assemble.ts';
import { endToEndCases, generateEndToEnd, type EndToEndScenario } from './end-to-end.ts';
import { endToEndInEnglish } from './end-to-end-en.ts';
import { endToEndInTurkish } from './end-to-end-tr.ts';
import { generateMultitask, multitaskCombinations, type MultitaskScenario } from './multitask.ts';
import { multitaskInEnglish } from './multitask-en.ts';
import { multitaskInTurkish } from './multitask-tr.ts';
import { scheduledIndex, variantRandom } from './schedule.ts';
import { generateTransfer, transferCombinations, type TransferScenario } from './transfer.ts';
import { transferInEnglish } from './transfer-en.ts';
import { transferInTurkish } from './transfer-tr.ts';

export type ScenarioConcept = Concept;
export type Scenario = TransferScenario | MultitaskScenario | EndToEndScenario;
export type { RenderedOption, RenderedScenario } from './assemble.ts';

/**
 * The scenario for review number `review` of a card seeded by `seed`: the
 * same for the same arguments, and never the same case twice in a row.
 */
export function scenarioFor(concept: ScenarioConcept, seed: number, review: number): Scenario {
	const random = variantRandom(seed, review);
	switch (concept) {
		case 'transfer':
			return generateTransfer(random, transferCombinations[scheduledIndex(seed, review, transferCombinations.length)]!);
		case 'multitask':
			return generateMultitask(random, multitaskCombinations[scheduledIndex(seed, review, multitaskCombinations.length)]!);
		case 'end-to-end':
			return generateEndToEnd(random, scheduledIndex(seed, review, endToEndCases.length));
	}
}

interface Wording {
	transfer: (s: TransferScenario) => RenderedScenario;
	multitask: (s: MultitaskScenario) => RenderedScenario;
	endToEnd: (s: EndToEndScenario) => RenderedScenario;
}

/** Scenario wording needs grammar code per language; a locale without it gets English. */
const wordings: Record<string, Wording> = {
	en: { transfer: transferInEnglish, multitask: multitaskInEnglish, endToEnd: endToEndInEnglish },
	tr: { transfer: transferInTurkish, multitask: multitaskInTurkish, endToEnd: endToEndInTurkish },
};

/** Whether scenarios have their own wording in `locale`; others are worded in English. */
export function hasScenarioWording(locale: string): boolean {
	return Object.hasOwn(wordings, locale);
}

export function renderScenario(scenario: Scenario, locale: string): RenderedScenario {
	const wording = wordings[locale] ?? wordings.en!;
	switch (scenario.concept) {
		case 'transfer':
			return wording.transfer(scenario);
		case 'multitask':
			return wording.multitask(scenario);
		case 'end-to-end':
			return wording.endToEnd(scenario);
	}
}

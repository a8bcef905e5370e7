import { expect } from 'vitest';
import conditionsEn from '../../i18n/en/conditions.json';
import conditionsTr from '../../i18n/tr/conditions.json';
import { CONDITIONS, type Concept } from '../conditions/conditions';
import { capitalise, conditionText } from '../conditions/wording';
import type { RenderedScenario } from './index';

/** Shared by the scenario tests: the locales with scenario grammar, seeds, and checks of a rendered card. */
export const locales = ['en', 'tr'] as const;
const texts = { en: conditionsEn, tr: conditionsTr };
const holdsWord = { en: ['holds', 'fails'], tr: ['sağlanıyor', 'sağlanmıyor'] };
export const seeds = Array.from({ length: 40 }, (_, i) => i * 7919 + 11);

export function correctIds(rendered: RenderedScenario): string[] {
	return rendered.options.filter((o) => o.correct).map((o) => o.id);
}

/** The options that must be marked: the verdict when every condition holds, else each failing condition. */
export function expectedIds(conditions: Record<string, boolean>): string[] {
	const failing = Object.entries(conditions).filter(([, holds]) => !holds).map(([id]) => `${id}-fails`);
	return failing.length === 0 ? ['practical'] : failing;
}

/** The explanation names every condition of the concept, in the shared wording, saying whether it holds. */
export function expectExplanation(rendered: RenderedScenario, locale: 'en' | 'tr', concept: Concept, conditions: Record<string, boolean>): void {
	for (const id of CONDITIONS[concept]) {
		const name = capitalise(conditionText(texts[locale], concept, id, 'short'), locale);
		const word = holdsWord[locale][conditions[id] ? 0 : 1];
		expect(rendered.explanation, rendered.explanation).toContain(`${name}: ${word},`);
	}
}

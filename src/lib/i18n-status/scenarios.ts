import { CONCEPTS } from '../conditions/conditions.ts';
import { hasScenarioWording } from '../scenarios/index.ts';
import type { KindInventory } from './types.ts';

/**
 * The wording of generated scenario cards: grammar code per language
 * (src/lib/scenarios/<concept>-<locale>.ts), one item per concept. A
 * locale without it shows every scenario card in English.
 */
export function scenariosInventory(locales: readonly string[]): KindInventory {
	const [sourceLocale = 'en', ...others] = locales;
	const file = (concept: string, locale: string) => `src/lib/scenarios/${concept}-${locale}.ts`;
	return {
		kind: 'scenario',
		source: CONCEPTS.map((concept) => ({ id: concept, file: file(concept, sourceLocale) })),
		translations: Object.fromEntries(others.map((locale) => [locale, hasScenarioWording(locale) ? CONCEPTS.map((concept) => ({ id: concept, file: file(concept, locale) })) : []])),
		expectedFile: (item, locale) => file(item.id, locale),
	};
}

import { default_w } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../srs/types';
import { adoptParameters, defaultParameters, previousParameters } from './personal-parameters';

const first = default_w.map((value, index) => (index === 0 ? 0.5 : value));
const second = default_w.map((value, index) => (index === 0 ? 0.8 : value));

describe('personal parameters', () => {
	it('keeps the parameters an adoption replaces, and goes back to them and forth again', () => {
		const once = adoptParameters({ ...DEFAULT_SETTINGS, newCardsPerDay: 7 }, first);
		expect(once).toEqual({ ...DEFAULT_SETTINGS, newCardsPerDay: 7, parameters: first });
		const twice = adoptParameters(once, second);
		expect(twice).toEqual({ ...DEFAULT_SETTINGS, newCardsPerDay: 7, parameters: second, previousParameters: first });
		const back = previousParameters(twice);
		expect(back).toEqual({ ...DEFAULT_SETTINGS, newCardsPerDay: 7, parameters: first, previousParameters: second });
		expect(previousParameters(back)).toEqual(twice);
	});

	it('keeps the parameters a reset to the defaults removes, and brings them back', () => {
		const reset = defaultParameters({ ...DEFAULT_SETTINGS, parameters: first, previousParameters: second });
		expect(reset).toEqual({ ...DEFAULT_SETTINGS, previousParameters: first });
		expect(previousParameters(reset)).toEqual({ ...DEFAULT_SETTINGS, parameters: first });
		// Adopting over the defaults keeps the earlier personal ones rather than forgetting them.
		expect(adoptParameters(reset, second)).toEqual({ ...DEFAULT_SETTINGS, parameters: second, previousParameters: first });
	});

	it('changes nothing when there are no previous parameters', () => {
		const settings = { ...DEFAULT_SETTINGS, parameters: first };
		expect(previousParameters(settings)).toBe(settings);
		expect(defaultParameters(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
	});
});

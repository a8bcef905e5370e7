import { describe, expect, it } from 'vitest';
import english from '../../i18n/en/trainer.json';
import englishCards from '../../i18n/en/trainer-cards.json';
import { isPanelString, splitStrings } from './panel-strings';

describe('the trainer strings split between the page and the panels file', () => {
	it('keeps the first view in the page and the panels loaded on demand out of it', () => {
		expect(isPanelString('trainer.decks.study')).toBe(false);
		expect(isPanelString('trainer.rate.again')).toBe(false);
		expect(isPanelString('trainer.storage.full')).toBe(false);
		expect(isPanelString('trainer.stats.heading')).toBe(true);
		expect(isPanelString('trainer.optimizer.run')).toBe(true);
		expect(isPanelString('trainer.backup.import')).toBe(true);
		expect(isPanelString('trainer.backup.exported')).toBe(false);
		expect(isPanelString('trainer')).toBe(false);
	});

	it('puts every string in exactly one place, and most of the text in the panels file', () => {
		const all = { ...english, ...englishCards } as Record<string, string>;
		const { page, panels } = splitStrings(all);
		expect({ ...page, ...panels }).toEqual(all);
		expect(Object.keys(page).filter((key) => key in panels)).toEqual([]);
		const size = (strings: Record<string, string>) => JSON.stringify(strings).length;
		expect(size(panels)).toBeGreaterThan(size(page));
	});
});

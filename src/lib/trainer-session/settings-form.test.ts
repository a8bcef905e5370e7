import { describe, expect, it } from 'vitest';
import { fieldsToSettings, settingsToFields } from './settings-form';

describe('settings form', () => {
	it('round-trips settings through the form fields', () => {
		const settings = { desiredRetention: 0.85, newCardsPerDay: 15, dayStartMinutes: 270 };
		const fields = settingsToFields(settings);
		expect(fields).toEqual({ retentionPercent: '85', newCardsPerDay: '15', dayStart: '04:30' });
		expect(fieldsToSettings(fields)).toEqual({ settings });
	});

	it('names every wrong field', () => {
		expect(fieldsToSettings({ retentionPercent: '100', newCardsPerDay: '-1', dayStart: '25:00' })).toEqual({
			problems: ['badRetention', 'badNewPerDay', 'badDayStart'],
		});
		expect(fieldsToSettings({ retentionPercent: '69', newCardsPerDay: '1001', dayStart: '4' })).toEqual({
			problems: ['badRetention', 'badNewPerDay', 'badDayStart'],
		});
	});

	it('accepts the limits', () => {
		expect(fieldsToSettings({ retentionPercent: '70', newCardsPerDay: '0', dayStart: '00:00' })).toEqual({
			settings: { desiredRetention: 0.7, newCardsPerDay: 0, dayStartMinutes: 0 },
		});
		expect(fieldsToSettings({ retentionPercent: '99', newCardsPerDay: '1000', dayStart: '23:59' })).toEqual({
			settings: { desiredRetention: 0.99, newCardsPerDay: 1000, dayStartMinutes: 1439 },
		});
	});
});

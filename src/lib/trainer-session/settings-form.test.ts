import { describe, expect, it } from 'vitest';
import { checkSettings } from '../srs/valid-state';
import { FIELD_LIMITS, fieldsToSettings, settingsToFields } from './settings-form';

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
		expect(fieldsToSettings({ retentionPercent: '69', newCardsPerDay: '10001', dayStart: '4' })).toEqual({
			problems: ['badRetention', 'badNewPerDay', 'badDayStart'],
		});
		expect(fieldsToSettings({ retentionPercent: '9O', newCardsPerDay: '2.5', dayStart: '' })).toEqual({
			problems: ['badRetention', 'badNewPerDay', 'badDayStart'],
		});
	});

	it('accepts the limits', () => {
		expect(fieldsToSettings({ retentionPercent: '70', newCardsPerDay: '0', dayStart: '00:00' })).toEqual({
			settings: { desiredRetention: 0.7, newCardsPerDay: 0, dayStartMinutes: 0 },
		});
		expect(fieldsToSettings({ retentionPercent: '99', newCardsPerDay: '10000', dayStart: '23:59' })).toEqual({
			settings: { desiredRetention: 0.99, newCardsPerDay: 10_000, dayStartMinutes: 1439 },
		});
		expect(FIELD_LIMITS).toEqual({ retentionPercent: { min: 70, max: 99 }, newCardsPerDay: { min: 0, max: 10_000 } });
	});

	it('shows and saves again every valid setting, unchanged', () => {
		for (const settings of [
			{ desiredRetention: 0.905, newCardsPerDay: 10_000, dayStartMinutes: 0 },
			{ desiredRetention: 0.9123, newCardsPerDay: 0, dayStartMinutes: 1439 },
			{ desiredRetention: 0.7, newCardsPerDay: 20, dayStartMinutes: 240 },
			{ desiredRetention: 0.57 + 0.13, newCardsPerDay: 20, dayStartMinutes: 240 },
		]) {
			const result = fieldsToSettings(settingsToFields(settings));
			expect(result).toEqual({ settings: { ...settings, desiredRetention: Number(settings.desiredRetention.toPrecision(12)) } });
			expect(checkSettings('settings' in result ? result.settings : undefined)).toBe(true);
		}
		expect(settingsToFields({ desiredRetention: 0.905, newCardsPerDay: 20, dayStartMinutes: 240 }).retentionPercent).toBe('90.5');
	});
});

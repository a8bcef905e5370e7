import { describe, expect, it } from 'vitest';
import { checkSettings } from '../srs/valid-state';
import { FIELD_LIMITS, fieldsToSettings, settingsToFields } from './settings-form';

describe('settings form', () => {
	it('round-trips settings through the form fields', () => {
		const settings = { desiredRetention: 0.85, newCardsPerDay: 15, dayStartMinutes: 270, leechThreshold: 5 };
		const fields = settingsToFields(settings);
		expect(fields).toEqual({ retentionPercent: '85', newCardsPerDay: '15', dayStart: '04:30', leechThreshold: '5' });
		expect(fieldsToSettings(fields)).toEqual({ settings });
		// Stored settings from before the leech threshold existed show its default, 8 lapses.
		expect(settingsToFields({ desiredRetention: 0.9, newCardsPerDay: 20, dayStartMinutes: 240 }).leechThreshold).toBe('8');
	});

	it('names every wrong field', () => {
		expect(fieldsToSettings({ retentionPercent: '100', newCardsPerDay: '-1', dayStart: '25:00', leechThreshold: '0' })).toEqual({
			problems: ['badRetention', 'badNewPerDay', 'badDayStart', 'badLeechThreshold'],
		});
		expect(fieldsToSettings({ retentionPercent: '69', newCardsPerDay: '10001', dayStart: '4', leechThreshold: '1001' })).toEqual({
			problems: ['badRetention', 'badNewPerDay', 'badDayStart', 'badLeechThreshold'],
		});
		expect(fieldsToSettings({ retentionPercent: '9O', newCardsPerDay: '2.5', dayStart: '', leechThreshold: '7.5' })).toEqual({
			problems: ['badRetention', 'badNewPerDay', 'badDayStart', 'badLeechThreshold'],
		});
	});

	it('accepts the limits', () => {
		expect(fieldsToSettings({ retentionPercent: '70', newCardsPerDay: '0', dayStart: '00:00', leechThreshold: '1' })).toEqual({
			settings: { desiredRetention: 0.7, newCardsPerDay: 0, dayStartMinutes: 0, leechThreshold: 1 },
		});
		expect(fieldsToSettings({ retentionPercent: '99', newCardsPerDay: '10000', dayStart: '23:59', leechThreshold: '1000' })).toEqual({
			settings: { desiredRetention: 0.99, newCardsPerDay: 10_000, dayStartMinutes: 1439, leechThreshold: 1000 },
		});
		expect(FIELD_LIMITS).toEqual({ retentionPercent: { min: 70, max: 99 }, newCardsPerDay: { min: 0, max: 10_000 }, leechThreshold: { min: 1, max: 1000 } });
	});

	it('shows and saves again every valid setting, unchanged', () => {
		for (const settings of [
			{ desiredRetention: 0.905, newCardsPerDay: 10_000, dayStartMinutes: 0, leechThreshold: 8 },
			{ desiredRetention: 0.9123, newCardsPerDay: 0, dayStartMinutes: 1439, leechThreshold: 1 },
			{ desiredRetention: 0.7, newCardsPerDay: 20, dayStartMinutes: 240, leechThreshold: 1000 },
			{ desiredRetention: 0.57 + 0.13, newCardsPerDay: 20, dayStartMinutes: 240, leechThreshold: 12 },
		]) {
			const result = fieldsToSettings(settingsToFields(settings));
			expect(result).toEqual({ settings: { ...settings, desiredRetention: Number(settings.desiredRetention.toPrecision(12)) } });
			expect(checkSettings('settings' in result ? result.settings : undefined)).toBe(true);
		}
		expect(settingsToFields({ desiredRetention: 0.905, newCardsPerDay: 20, dayStartMinutes: 240 }).retentionPercent).toBe('90.5');
	});

	it('writes and reads the retention with the locale\'s decimal comma as well as a point', () => {
		const settings = { desiredRetention: 0.855, newCardsPerDay: 20, dayStartMinutes: 240 };
		expect(settingsToFields(settings, ',').retentionPercent).toBe('85,5');
		expect(fieldsToSettings(settingsToFields(settings, ','))).toEqual({ settings: { ...settings, leechThreshold: 8 } });
		expect(fieldsToSettings({ ...settingsToFields(settings), retentionPercent: ' 85.5 ' })).toMatchObject({ settings: { desiredRetention: 0.855 } });
		expect(fieldsToSettings({ ...settingsToFields(settings), retentionPercent: '85,5,1' })).toEqual({ problems: ['badRetention'] });
		expect(fieldsToSettings({ ...settingsToFields(settings), retentionPercent: '8.5,1' })).toEqual({ problems: ['badRetention'] });
	});

	it('takes a whole number in any form a number input accepts, and refuses a fraction', () => {
		const fields = settingsToFields({ desiredRetention: 0.9, newCardsPerDay: 20, dayStartMinutes: 240 });
		expect(fieldsToSettings({ ...fields, newCardsPerDay: '1e3', leechThreshold: '12.0' })).toMatchObject({ settings: { newCardsPerDay: 1000, leechThreshold: 12 } });
		expect(fieldsToSettings({ ...fields, newCardsPerDay: '2.5E1', leechThreshold: '8.' })).toMatchObject({ settings: { newCardsPerDay: 25, leechThreshold: 8 } });
		expect(fieldsToSettings({ ...fields, newCardsPerDay: '20.5' })).toEqual({ problems: ['badNewPerDay'] });
		expect(fieldsToSettings({ ...fields, newCardsPerDay: '1e', leechThreshold: '-3' })).toMatchObject({ problems: expect.arrayContaining(['badNewPerDay']) });
		expect(fieldsToSettings({ ...fields, newCardsPerDay: '0x10' })).toEqual({ problems: ['badNewPerDay'] });
	});
});

import { describe, expect, it } from 'vitest';
import { checkSettings } from '../srs/valid-state';
import { FIELD_LIMITS, fieldsToSettings, numberSeparators, settingsToFields } from './settings-form';

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
		expect(settingsToFields(settings, numberSeparators('tr')).retentionPercent).toBe('85,5');
		expect(fieldsToSettings(settingsToFields(settings, numberSeparators('tr')), numberSeparators('tr'))).toEqual({ settings: { ...settings, leechThreshold: 8 } });
		expect(fieldsToSettings({ ...settingsToFields(settings), retentionPercent: ' 85.5 ' })).toMatchObject({ settings: { desiredRetention: 0.855 } });
		expect(fieldsToSettings({ ...settingsToFields(settings), retentionPercent: '85,5,1' })).toEqual({ problems: ['badRetention'] });
		expect(fieldsToSettings({ ...settingsToFields(settings), retentionPercent: '8.5,1' })).toEqual({ problems: ['badRetention'] });
	});

	it('reads a whole number grouped the page locale\'s way, and refuses a fraction', () => {
		const tr = numberSeparators('tr');
		const en = numberSeparators('en');
		expect(tr).toEqual({ decimal: ',', group: '.' });
		expect(en).toEqual({ decimal: '.', group: ',' });
		const fields = settingsToFields({ desiredRetention: 0.9, newCardsPerDay: 20, dayStartMinutes: 240 }, tr);
		// The Turkish page's own message writes the limit "10.000": typed back, it is ten thousand, not ten.
		expect(fieldsToSettings({ ...fields, newCardsPerDay: '10.000', leechThreshold: '1.000' }, tr)).toMatchObject({ settings: { newCardsPerDay: 10_000, leechThreshold: 1000 } });
		expect(fieldsToSettings({ ...fields, newCardsPerDay: '10,000', leechThreshold: '1,000' }, en)).toMatchObject({ settings: { newCardsPerDay: 10_000, leechThreshold: 1000 } });
		expect(fieldsToSettings({ ...fields, newCardsPerDay: ' 25 ' }, tr)).toMatchObject({ settings: { newCardsPerDay: 25 } });
		expect(fieldsToSettings({ ...fields, newCardsPerDay: '1,5', leechThreshold: '12,0' }, tr)).toEqual({ problems: ['badNewPerDay', 'badLeechThreshold'] });
		expect(fieldsToSettings({ ...fields, newCardsPerDay: '1.5', leechThreshold: '12.0' }, en)).toEqual({ problems: ['badNewPerDay', 'badLeechThreshold'] });
		// The other locale's grouping is a decimal point or a misplaced group there: neither is read as a thousand.
		expect(fieldsToSettings({ ...fields, newCardsPerDay: '1.000' }, en)).toEqual({ problems: ['badNewPerDay'] });
		expect(fieldsToSettings({ ...fields, newCardsPerDay: '1,000' }, tr)).toEqual({ problems: ['badNewPerDay'] });
		expect(fieldsToSettings({ ...fields, newCardsPerDay: '10.00' }, tr)).toEqual({ problems: ['badNewPerDay'] });
		expect(fieldsToSettings({ ...fields, newCardsPerDay: '1e3', leechThreshold: '-3' }, en)).toEqual({ problems: ['badNewPerDay', 'badLeechThreshold'] });
		expect(fieldsToSettings({ ...fields, newCardsPerDay: '0x10' })).toEqual({ problems: ['badNewPerDay'] });
		// A locale grouping with a space takes the space the learner's keyboard types.
		expect(fieldsToSettings({ ...fields, newCardsPerDay: '10 000' }, numberSeparators('fr'))).toMatchObject({ settings: { newCardsPerDay: 10_000 } });
	});
});

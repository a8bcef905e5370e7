import { describe, expect, it } from 'vitest';
import { lastExportDate, needsBackupReminder } from './backup-reminder';

const now = new Date('2026-03-10T12:00:00Z');

describe('lastExportDate', () => {
	it('reads the stored time, and takes nothing or text that is no date as never exported', () => {
		expect(lastExportDate('2026-03-03T13:00:00.000Z')).toEqual(new Date('2026-03-03T13:00:00.000Z'));
		expect(lastExportDate(null)).toBeUndefined();
		expect(lastExportDate('')).toBeUndefined();
		expect(lastExportDate('garbage')).toBeUndefined();
		expect(lastExportDate('2026-13-45')).toBeUndefined();
	});
});

describe('needsBackupReminder', () => {
	it('reminds when there was never an export, or the record is unreadable', () => {
		expect(needsBackupReminder(undefined, now)).toBe(true);
		expect(needsBackupReminder(lastExportDate('yesterday'), now)).toBe(true);
	});

	it('reminds only once the last export is older than 7 days', () => {
		expect(needsBackupReminder(lastExportDate('2026-03-03T13:00:00Z'), now)).toBe(false);
		expect(needsBackupReminder(lastExportDate('2026-03-03T11:00:00Z'), now)).toBe(true);
	});
});

import { describe, expect, it } from 'vitest';
import { needsBackupReminder } from './backup-reminder';

const now = new Date('2026-03-10T12:00:00Z');

describe('needsBackupReminder', () => {
	it('reminds when there was never an export, or the record is unreadable', () => {
		expect(needsBackupReminder(null, now)).toBe(true);
		expect(needsBackupReminder('yesterday', now)).toBe(true);
	});

	it('reminds only once the last export is older than 7 days', () => {
		expect(needsBackupReminder('2026-03-03T13:00:00Z', now)).toBe(false);
		expect(needsBackupReminder('2026-03-03T11:00:00Z', now)).toBe(true);
	});
});

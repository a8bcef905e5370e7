/** Browsers (Safari first) may evict site data after 7 days without a visit: remind sooner than that. */
export const BACKUP_REMINDER_MS = 7 * 24 * 3_600_000;

/** Whether to remind the learner to export a backup, given when they last did (ISO, or nothing). */
export function needsBackupReminder(lastExportIso: string | null, now: Date): boolean {
	if (!lastExportIso) return true;
	const last = Date.parse(lastExportIso);
	return Number.isNaN(last) || now.getTime() - last > BACKUP_REMINDER_MS;
}

/** Browsers (Safari first) may evict site data after 7 days without a visit: remind sooner than that. */
export const BACKUP_REMINDER_MS = 7 * 24 * 3_600_000;

/**
 * When the learner last exported, read once from the stored text (ISO);
 * undefined for never, and for text that is no date ("garbage",
 * "2026-13-45"): a hint in localStorage that anything may have edited, which
 * then reads as never exported instead of a date no formatter can write.
 */
export function lastExportDate(stored: string | null): Date | undefined {
	if (!stored) return undefined;
	const time = Date.parse(stored);
	return Number.isNaN(time) ? undefined : new Date(time);
}

/** Whether to remind the learner to export a backup, given when they last did. */
export function needsBackupReminder(lastExport: Date | undefined, now: Date): boolean {
	return !lastExport || now.getTime() - lastExport.getTime() > BACKUP_REMINDER_MS;
}

/**
 * The backup file's shape (versioned JSON). parseBackup (parse.ts) validates
 * unknown input into this type; keep both in step and record format changes
 * at the top of docs/trainer.md.
 */
import type { CardRecord, ReviewRecord, Settings } from '../srs/types';

export const BACKUP_FORMAT = 'transfer-trainer-backup';
export const BACKUP_VERSION = 3;
/**
 * Versions this site reads. Version 1 had no personal parameters
 * (`settings.parameters`): it reads with the defaults. Versions 1 and 2 had
 * no leeches or suspended cards (`settings.leechThreshold`, a card's
 * `suspended`; reviews rated 0, changes to cards): they read with the default
 * threshold and nothing suspended.
 */
export const READABLE_BACKUP_VERSIONS: readonly number[] = [1, 2, 3];

/**
 * A review as saved in a backup: without `before`, which is the previous
 * review's `after` for the same card (null for its first review) and is
 * rebuilt on import. This keeps a 100,000-review backup near 40 MB instead of 65.
 */
export type BackupReview = Omit<ReviewRecord, 'before'>;

export interface Backup {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	exportedAt: string;
	settings: Settings;
	cards: CardRecord[];
	/** In the order they were answered (the order `before` is rebuilt in). */
	reviews: BackupReview[];
}

export interface ImportReport {
	cards: number;
	reviews: number;
	/** exportedAt of the automatic backup: saved of what the import replaced, or the earlier one kept (`keptEarlier`). */
	autoBackupAt: string;
	/** What the import replaced was what the previous import brought in, unchanged, so the automatic backup from before that was kept. */
	keptEarlier: boolean;
	/** The newest review time it brought in, when that is later than now: answers given while the device's clock was ahead (srs/review-times.ts). */
	clockAheadUntil?: string;
}

/**
 * The backup file's shape (versioned JSON). parseBackup (parse.ts) validates
 * unknown input into this type; keep both in step and record format changes
 * at the top of docs/trainer.md.
 */
import type { CardRecord, ReviewRecord, Settings } from '../srs/types';

export const BACKUP_FORMAT = 'transfer-trainer-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	exportedAt: string;
	settings: Settings;
	cards: CardRecord[];
	reviews: ReviewRecord[];
}

export interface ImportReport {
	cards: number;
	reviews: number;
	/** exportedAt of the automatic backup saved of what the import replaced. */
	autoBackupAt: string;
}

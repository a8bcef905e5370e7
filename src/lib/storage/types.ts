/**
 * The trainer store's interface: the contract between the trainer core and
 * the trainer UI. Keep it backward compatible and record any change at the
 * top of docs/trainer.md.
 */
import type { Backup, ImportReport } from '../backup/types';
import type { CardRecord, Rating, ReviewRecord, Settings } from '../srs/types';

export type { Backup, ImportReport } from '../backup/types';
export { StorageFullError } from './errors';

/** A stored value that failed validation and was moved to the quarantine store. */
export interface CorruptRecord {
	store: string;
	key: string;
	reason: string;
}

export interface LoadResult {
	records: Map<string, CardRecord>;
	settings: Settings;
	corrupted: CorruptRecord[];
	/** Cards answered for the first time since the learner's start of day. */
	newIntroducedToday: number;
}

export interface TrainerStore {
	/** Loads every card; corrupt records are moved to quarantine and reported, everything else loads. */
	load(now: Date, timeZone: string): Promise<LoadResult>;
	/**
	 * Schedules inside one readwrite transaction from the stored record (so two
	 * tabs never lose or double a review), writes record and log entry
	 * atomically, resolves only once committed.
	 */
	answer(key: string, rating: Rating, now: Date, timeZone: string): Promise<ReviewRecord>;
	/** Restores the last answer's `before` and deletes its log entry, atomically. */
	undoLast(): Promise<ReviewRecord | undefined>;
	saveSettings(settings: Settings): Promise<void>;
	/** Log entries with fromIso <= reviewedAt < toIso, oldest first. */
	reviews(fromIso?: string, toIso?: string): Promise<ReviewRecord[]>;
	exportBackup(now: Date): Promise<Backup>;
	/** JSON.stringify(await exportBackup(now)), built much faster from the stored log text: use it for downloads. */
	exportBackupText(now: Date): Promise<string>;
	/** Validates everything first; all or nothing; saves an automatic backup of what it replaces. */
	importBackup(data: unknown): Promise<ImportReport>;
	lastAutoBackup(): Promise<Backup | undefined>;
	/** Tells other tabs the data changed, after this page wrote through another connection (the import worker). */
	announceChange(): void;
	/** Called when another tab wrote; returns an unsubscribe function. */
	onExternalChange(listener: () => void): () => void;
	close(): void;
}

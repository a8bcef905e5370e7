/**
 * The trainer store's interface: the contract between the trainer core and
 * the trainer UI. Keep it backward compatible and record any change at the
 * top of docs/trainer.md.
 */
import type { LackingAnswers } from '../backup/auto-backups';
import type { BackupProblem } from '../backup/problems';
import type { Backup, ImportReport } from '../backup/types';
import type { CardChange } from '../srs/card-changes';
import type { CardRecord, Rating, ReviewRecord, Settings } from '../srs/types';

export type { Backup, ImportReport } from '../backup/types';
export { StorageChangedError, StorageFullError, type StorageChange } from './errors';
import type { StorageChange } from './errors';

/** Damaged data kept aside (never deleted) until the learner restores or discards it, described by what it held. */
export interface SetAsideItem {
	/** Its number in the set-aside store, for restoring or discarding it. */
	id: number;
	/** Card states, review history, settings, or other data: an entry from outside the log in which no answer or card can be read (an automatic backup or a backup's damaged entry reduced to garbage). */
	kind: 'cards' | 'reviews' | 'settings' | 'other';
	/** Keys of the cards it held, as far as they can still be read. */
	cards: string[];
	/** False when part of it cannot be read at all, so it may have held other cards too. */
	cardsComplete: boolean;
	/** How many answers it held (review history only). */
	reviews: number;
	/** Its earliest and latest answer, when known. */
	from?: string;
	to?: string;
	/**
	 * Why it was set aside: changed outside the trainer (checksum), unreadable, readable but not valid,
	 * an exact copy of another answer, an answer with another one's id, or a card state that
	 * differed from its newest answer's (the full check rebuilt the card from the log).
	 */
	problem: 'changed' | 'unreadable' | 'invalid' | 'copy' | 'sameId' | 'differs';
	/** The same, in the store's (English, technical) words. */
	reason: string;
	setAsideAt: string;
	/** Whether a restore can put (part of) it back. */
	restorable: boolean;
}

/** What an operation found damaged, and what it did about it. */
export interface DamageReport {
	/** Cards whose stored state was damaged or missing, recomputed exactly from the review log. */
	rebuilt: string[];
	/** Cards recomputed from their newest readable answer: later answers may be in damaged data kept aside. */
	partlyRebuilt: string[];
	/** Cards that had a state but no readable answer: they start again as new cards (what was left of them is kept aside). */
	notRebuilt: string[];
	/** Answered cards whose answers are all missing from the log (and not in damaged data kept aside): their state is kept as it is. */
	historyMissing: string[];
	/** Damaged data this operation set aside. */
	setAside: SetAsideItem[];
}

export interface LoadResult {
	records: Map<string, CardRecord>;
	settings: Settings;
	/** Cards answered for the first time since the learner's start of day. */
	newIntroducedToday: number;
	/** The learner day ('YYYY-MM-DD') newIntroducedToday counts: the one the load's `now` is in. */
	day: string;
	damage: DamageReport;
	/** Entries of damaged data kept aside (by this load or earlier), waiting for the learner's choice. */
	setAsideCount: number;
}

/** Undo of one answer: done, or why not. */
export type UndoOutcome =
	| { undone: ReviewRecord }
	/** A later answer to the same card (from another tab) was built on it. */
	| { refused: 'answered-later' }
	/** The card was suspended, unsuspended or reset after it (in any tab), and not answered since. */
	| { refused: 'changed-later' }
	/** It is no longer in the log (an import replaced the progress, or the log lost it). */
	| { refused: 'gone' }
	/** It, or its card's record, is damaged or missing. */
	| { refused: 'damaged' };

/** An export: the file's text, what its readable part holds, and the damaged data it carries as raw data only. */
export interface ExportedBackup {
	/** The file's JSON in pieces, in order, text or UTF-8 bytes (joined, they are the file: backupFileText). */
	parts: readonly (string | Uint8Array<ArrayBuffer>)[];
	cards: number;
	/** Log entries: answers and card changes. */
	reviews: number;
	/** Of `reviews`, the changes to cards (suspend, unsuspend, reset), which are no answers. */
	changes: number;
	/** Damaged data in the file's `damaged` list (kept aside, or found by this export and not yet set aside). */
	damaged: SetAsideItem[];
}

/** The full check's findings (see TrainerStore.checkData). */
export interface CheckReport extends DamageReport {
	/** Card states and answers that were checked. */
	cards: number;
	reviews: number;
	/** Entries of damaged data now kept aside. */
	kept: number;
	/**
	 * Cards whose state records a last review later than any device's clock could show now (srs/review-times.ts,
	 * MAX_CLOCK_AHEAD_DAYS): they will not come due when they should. Left as they are; `latest` is the latest such time.
	 */
	farAhead?: { cards: string[]; latest: string };
}

/** What a restore put back. */
export interface RestoreDone {
	/** Answers put back into the review log. */
	reviews: number;
	/** Cards whose state was put back, or rebuilt from the answers put back. */
	cards: string[];
	/** False when part of the entry could not be read: the entry stays set aside. */
	complete: boolean;
	/** The newest review time it put back, when that is later than now: answers given while the device's clock was ahead (srs/review-times.ts). */
	clockAheadUntil?: string;
}

/** A restore refused whole, nothing written and the entry kept aside: review times in it later than both when it was set aside and now (at most 20 problems listed; `count` of all). */
export interface RestoreRefusal {
	refused: readonly BackupProblem[];
	count: number;
}

export type RestoreReport = RestoreDone | RestoreRefusal;

/** Lets long checks pause (to keep the page responsive); resolves when they may go on. */
export type Pause = () => Promise<void>;

export interface TrainerStore {
	/** The database's name (store-name.ts): a worker opens the store by it. */
	readonly name: string;
	/** This opening created the store with a copy of the shared store (store-copy.ts): the learner is told, once. */
	readonly copiedFromShared: boolean;
	/**
	 * Loads every card. Damaged card buckets are set aside and rebuilt from
	 * the review log; today's part of the log is checked (the rest by checkLog).
	 */
	load(now: Date, timeZone: string): Promise<LoadResult>;
	/**
	 * Schedules inside one readwrite transaction from the stored record (so two
	 * tabs never lose or double a review), writes record and log entry
	 * atomically, resolves only once committed.
	 */
	answer(key: string, rating: Rating, now: Date, timeZone: string): Promise<ReviewRecord>;
	/**
	 * Suspends, unsuspends or resets a card: logged like an answer (rating
	 * MANUAL, srs/card-changes.ts) in the same kind of transaction, so the
	 * card's state stays its newest log entry's and nothing earlier is removed.
	 */
	changeCard(key: string, change: CardChange, now: Date): Promise<ReviewRecord>;
	/**
	 * Takes back one answer (the caller's own newest) if no later answer to the
	 * same card depends on it: restores its `before` exactly and removes it from
	 * the log, atomically.
	 */
	undo(answer: Pick<ReviewRecord, 'id' | 'key' | 'reviewedAt'>): Promise<UndoOutcome>;
	saveSettings(settings: Settings): Promise<void>;
	/** Log entries with fromIso <= reviewedAt < toIso, oldest first. Damaged data is left out, never moved. */
	reviews(fromIso?: string, toIso?: string): Promise<ReviewRecord[]>;
	exportBackup(now: Date): Promise<Backup>;
	/** The backup file, built from the stored log text: use it for downloads. Moves nothing. */
	exportBackupText(now: Date): Promise<ExportedBackup>;
	/**
	 * Validates everything first; all or nothing; saves an automatic backup of what it replaces. Replaces answers the
	 * data lacks only when `confirmed` names them (otherwise a ReplacesAnswersError does, and nothing changes).
	 */
	importBackup(data: unknown, confirmed?: LackingAnswers): Promise<ImportReport>;
	lastAutoBackup(): Promise<Backup | undefined>;
	/** Verifies the checksums of the whole review log (every page, not only today's), pausing between slices; sets aside what is damaged. */
	checkLog(pause: Pause): Promise<DamageReport>;
	/** checkLog's checks, every answer's validity, and every card state against the log: rebuilds what is missing or differs ("check my data"). */
	checkData(pause: Pause): Promise<CheckReport>;
	/** The damaged data kept aside, oldest first: the first `limit` entries, or all. */
	setAsideItems(limit?: number): Promise<SetAsideItem[]>;
	/** How many entries of damaged data are kept aside. */
	setAsideCount(): Promise<number>;
	/**
	 * Puts back what can still be read of one set-aside entry (the learner's
	 * choice); it stays set aside if some of it could not be read, or, with
	 * nothing put back, if a review time in it cannot be true.
	 */
	restoreSetAside(id: number): Promise<RestoreReport>;
	/** Deletes one set-aside entry for good (the learner's choice). */
	discardSetAside(id: number): Promise<void>;
	/** Tells other tabs the data changed, after this page wrote through another connection (the import worker). */
	announceChange(): void;
	/** Called when another tab wrote; returns an unsubscribe function. */
	onExternalChange(listener: () => void): () => void;
	/** Called when a write (answer, undo, restore) had to repair a damaged card bucket first; returns an unsubscribe function. */
	onRepair(listener: (report: DamageReport) => void): () => void;
	/** Why the connection was closed under the page (another tab upgraded or deleted the database); undefined while it works. */
	closedBy(): StorageChange | undefined;
	/** Called once when another tab upgrades or deletes the database: every call fails with a StorageChangedError from then on; returns an unsubscribe function. */
	onClosed(listener: (change: StorageChange) => void): () => void;
	close(): void;
}

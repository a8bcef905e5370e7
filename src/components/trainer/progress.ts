import type { Card } from '../../lib/decks/types';
import type { PageLocale } from '../../lib/locales';
import type { Scheduler } from '../../lib/srs/scheduler';
import type { CardRecord, Settings } from '../../lib/srs/types';
import type { TrainerStore } from '../../lib/storage/types';
import type { Formats } from './format';
import type { Translate } from './trainer-data';

/** Dispatched on <trainer-app> when progress (settings included) was reloaded from the store, or a panel saved settings. */
export const PROGRESS_RELOADED = 'trainer-progress-reloaded';

/** The learner's progress as loaded from the store; shared (and kept current) by every part of the island. */
export interface Progress {
	records: Map<string, CardRecord>;
	settings: Settings;
	newIntroducedToday: number;
	/** The learner day newIntroducedToday counts (learner-today.ts): once it is over, the progress is loaded again. */
	day: string;
}

/** What the session and the panels need from the island around them. */
export interface TrainerContext {
	/** The page's locale: `code` for URLs and card texts, `lang` for Intl. */
	locale: PageLocale;
	base: string;
	timeZone: string;
	t: Translate;
	fmt: Formats;
	store: TrainerStore;
	/** The IndexedDB the Storage Access API handed out, when the store is on it: workers cannot open it (worker-log.ts, import-client.ts). */
	handleStorage: IDBFactory | undefined;
	progress: Progress;
	scheduler(): Scheduler;
	card(key: string): Card | undefined;
	/** Polite live-region message. */
	announce(text: string): void;
	/**
	 * A storage failure in the learner's words (storage/failure-message.ts): a full disk, or the database changed by
	 * another tab or a newer version (then for every failure after it); any other failure as `otherKey` with its cause
	 * and what to do, never the browser's own text.
	 */
	storageFailureText(error: unknown, otherKey: string): string;
	/** Shows a storage failure (as storageFailureText words it; `otherKey` defaults to "Saving failed") where the learner sees it. */
	reportStorageError(error: unknown, otherKey?: string): void;
	/** This page changed cards outside a session (suspended, unsuspended, reset): the deck counts and a running session follow. */
	cardsChanged(): void;
	/** A backup was just exported: the reminder to back up can go. */
	backupExported(): void;
	/**
	 * Loads code that uses the panels' strings (src/lib/trainer-session/panel-strings.ts) together with them;
	 * rejects when either cannot be fetched, and the next call tries again.
	 */
	withPanelStrings<M>(load: () => Promise<M>): Promise<M>;
}

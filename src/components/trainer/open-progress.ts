import { takeEarlyOpen } from '../../lib/storage/early-open';
import { trainerDatabaseName } from '../../lib/storage/store-name';
import { openTrainerStore } from '../../lib/storage/trainer-store';
import type { DamageReport, TrainerStore } from '../../lib/storage/types';
import type { Progress } from './progress';

/** The trainer's store opened and its progress loaded: the slowest part of the trainer's start. */
export interface OpenedProgress {
	store: TrainerStore;
	/** The Storage Access API's IndexedDB, when the store was opened on it rather than the page's own. */
	handleStorage: IDBFactory | undefined;
	progress: Progress;
	damage: DamageReport;
	kept: number;
}

/** Opens the store of the site at `base` (the base path in the page's data); `blocked` is called when the open waits for another tab to close the database. */
export async function openProgress(base: string, timeZone: string, factory: IDBFactory | undefined, blocked: () => void): Promise<OpenedProgress> {
	const opening = performance.now();
	// On the page's own storage, the connection and the card read the inline script started (early-open.ts).
	const store = await openTrainerStore(trainerDatabaseName(base), factory, factory ? undefined : await takeEarlyOpen(blocked), blocked);
	const loading = performance.now();
	const loaded = await store.load(new Date(), timeZone);
	// Boot stages, for the benchmark (scripts/bench/trainer.mjs) and the browser's performance panel.
	performance.measure('trainer:open-store', { start: opening, end: loading });
	performance.measure('trainer:load', { start: loading });
	return {
		store,
		handleStorage: factory,
		progress: { records: loaded.records, settings: loaded.settings, newIntroducedToday: loaded.newIntroducedToday, day: loaded.day },
		damage: loaded.damage,
		kept: loaded.setAsideCount,
	};
}

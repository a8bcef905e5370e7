import { readOwnOrEarlier, trainerStorageKey } from '../../lib/storage/store-name';
import { downloadText } from './dom';
import type { TrainerContext } from './progress';

/** What the site keeps the last export's time under in localStorage, for the backup reminder (a hint, not progress). */
const LAST_EXPORT = 'last-export';

/** Damaged items the export's message names, at most (the file holds them all). */
const LISTED_DAMAGED_ITEMS = 20;

/**
 * Exports every card state, the review log and the settings as a JSON file
 * download; returns what to tell the learner: what the file holds, and the
 * damaged data it carries only as raw data.
 */
export async function exportProgress(context: TrainerContext): Promise<string> {
	const { t, fmt } = context;
	const started = performance.now();
	const now = new Date();
	const exported = await context.store.exportBackupText(now);
	performance.measure('trainer:export-read', { start: started });
	const fileName = `transfer-trainer-${now.toISOString().slice(0, 10)}.json`;
	downloadText(fileName, exported.parts, 'application/json');
	performance.measure('trainer:export', { start: started });
	try {
		localStorage.setItem(trainerStorageKey(context.base, LAST_EXPORT), now.toISOString());
	} catch {
		// Without localStorage the reminder comes back on the next visit.
	}
	context.backupExported();
	const counts = { file: fileName, cards: fmt.number(exported.cards), answers: fmt.number(exported.reviews - exported.changes), changes: fmt.number(exported.changes) };
	const saved = t(exported.changes > 0 ? 'trainer.backup.exportedChanges' : 'trainer.backup.exported', counts);
	if (exported.damaged.length === 0) return saved;
	const { itemSummary } = await context.withPanelStrings(() => import('./damage-report'));
	const items = exported.damaged.slice(0, LISTED_DAMAGED_ITEMS).map((item) => itemSummary(item, context)).join('; ');
	const more = exported.damaged.length - LISTED_DAMAGED_ITEMS;
	return `${saved} ${more > 0 ? t('trainer.backup.exportedDamagedMore', { items, count: fmt.number(more) }) : t('trainer.backup.exportedDamaged', { items })}`;
}

/** When the learner last exported on the site at `base`, as stored (its earlier version's time until it has its own). */
export function lastExport(base: string): string | null {
	try {
		return readOwnOrEarlier(localStorage, base, LAST_EXPORT);
	} catch {
		return null;
	}
}

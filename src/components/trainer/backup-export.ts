import { downloadText } from './dom';
import type { TrainerContext } from './progress';

/** localStorage key of the last export's time, for the backup reminder (a hint, not progress). */
export const LAST_EXPORT_KEY = 'transfer-trainer:last-export';

/** Exports every card state, the review log and the settings as a JSON file download. */
export async function exportProgress(context: TrainerContext): Promise<string> {
	const started = performance.now();
	const now = new Date();
	const text = await context.store.exportBackupText(now);
	performance.measure('trainer:export-read', { start: started });
	const fileName = `transfer-trainer-${now.toISOString().slice(0, 10)}.json`;
	downloadText(fileName, text, 'application/json');
	performance.measure('trainer:export', { start: started });
	try {
		localStorage.setItem(LAST_EXPORT_KEY, now.toISOString());
	} catch {
		// Without localStorage the reminder comes back on the next visit.
	}
	context.backupExported();
	return fileName;
}

export function lastExport(): string | null {
	try {
		return localStorage.getItem(LAST_EXPORT_KEY);
	} catch {
		return null;
	}
}

import { lastExportDate, needsBackupReminder } from '../../lib/trainer-session/backup-reminder';
import { exportProgress, lastExport } from './backup-export';
import { part } from './dom';
import type { Formats } from './format';
import type { TrainerContext } from './progress';
import type { Translate } from './trainer-data';

/** The backup reminder at the top of the trainer of the site at `base`, shown when no export is recent (backup-reminder.ts says when). */
export function showReminder(root: ParentNode, t: Translate, fmt: Formats, base: string): void {
	const reminder = part(root, 'reminder');
	const last = lastExportDate(lastExport(base));
	if (!needsBackupReminder(last, new Date())) return;
	part(reminder, 'reminder-text').textContent = last ? t('trainer.reminder.old', { date: fmt.date(last) }) : t('trainer.reminder.never');
	reminder.hidden = false;
}

/** The reminder's export button works once progress has loaded (it is disabled until then). */
export function wireReminder(root: ParentNode, context: TrainerContext): void {
	const button = part<HTMLButtonElement>(root, 'reminder-export');
	button.addEventListener('click', () => {
		exportProgress(context).then(
			(message) => context.announce(message),
			(error: unknown) => context.reportStorageError(error, 'trainer.backup.exportFailed'),
		);
	});
	button.disabled = false;
}

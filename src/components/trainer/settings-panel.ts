import { fieldsToSettings, settingsToFields } from '../../lib/trainer-session/settings-form';
import { part } from './dom';
import type { TrainerContext } from './progress';

/** The settings form: desired retention, new cards per day, start of day. */
export function mountSettings(form: HTMLFormElement, context: TrainerContext, changed: () => void): void {
	const retention = part<HTMLInputElement>(form, 'retention');
	const newPerDay = part<HTMLInputElement>(form, 'new-per-day');
	const dayStart = part<HTMLInputElement>(form, 'day-start');
	const status = part(form, 'settings-status');
	const fill = (): void => {
		const fields = settingsToFields(context.progress.settings);
		retention.value = fields.retentionPercent;
		newPerDay.value = fields.newCardsPerDay;
		dayStart.value = fields.dayStart;
	};
	fill();
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const result = fieldsToSettings({ retentionPercent: retention.value, newCardsPerDay: newPerDay.value, dayStart: dayStart.value });
		if ('problems' in result) {
			status.textContent = result.problems.map((problem) => context.t(`trainer.settings.${problem}`)).join(' ');
			return;
		}
		context.store.saveSettings(result.settings).then(
			() => {
				context.progress.settings = result.settings;
				status.textContent = context.t('trainer.settings.saved');
				changed();
			},
			(error: unknown) => context.reportStorageError(error),
		);
	});
	form.addEventListener('reset', (event) => {
		event.preventDefault();
		fill();
	});
}

import { FIELD_LIMITS, fieldsToSettings, settingsToFields, type SettingsFields, type SettingsProblem } from '../../lib/trainer-session/settings-form';
import { StorageFullError } from '../../lib/storage/errors';
import { part } from './dom';
import { PROGRESS_RELOADED, type TrainerContext } from './progress';

/**
 * The settings form: desired retention, new cards per day, start of day,
 * leech threshold.
 * The page renders it disabled; it is enabled only once it shows the stored
 * settings, so nothing typed earlier can be overwritten. "Saved" is shown
 * only after the write has committed, and a failed write says so.
 */
export function mountSettings(form: HTMLFormElement, context: TrainerContext, changed: () => void): void {
	const { t, fmt } = context;
	const fieldset = part<HTMLFieldSetElement>(form, 'settings-fields');
	const inputs: Record<keyof SettingsFields, HTMLInputElement> = {
		retentionPercent: part<HTMLInputElement>(form, 'retention'),
		newCardsPerDay: part<HTMLInputElement>(form, 'new-per-day'),
		dayStart: part<HTMLInputElement>(form, 'day-start'),
		leechThreshold: part<HTMLInputElement>(form, 'leech-threshold'),
	};
	const submit = part<HTMLButtonElement>(form, 'settings-save');
	const status = part(form, 'settings-status');
	const names = Object.keys(inputs) as (keyof SettingsFields)[];
	/** What the form last showed of the stored settings, to tell the learner's edits from it. */
	let shown = settingsToFields(context.progress.settings);

	/** Shows the stored settings; `keepEdits` leaves fields the learner has changed as they are. */
	const fill = (keepEdits: boolean): void => {
		const stored = settingsToFields(context.progress.settings);
		for (const name of names) {
			if (!keepEdits || inputs[name].value === shown[name]) inputs[name].value = stored[name];
		}
		shown = stored;
	};
	const messages: Record<SettingsProblem, () => string> = {
		badRetention: () => t('trainer.settings.badRetention', { min: fmt.number(FIELD_LIMITS.retentionPercent.min), max: fmt.number(FIELD_LIMITS.retentionPercent.max) }),
		badNewPerDay: () => t('trainer.settings.badNewPerDay', { min: fmt.number(FIELD_LIMITS.newCardsPerDay.min), max: fmt.number(FIELD_LIMITS.newCardsPerDay.max) }),
		badDayStart: () => t('trainer.settings.badDayStart'),
		badLeechThreshold: () =>
			t('trainer.settings.badLeechThreshold', { min: fmt.number(FIELD_LIMITS.leechThreshold.min), max: fmt.number(FIELD_LIMITS.leechThreshold.max) }),
	};

	let saving = false;
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		if (saving) return;
		const result = fieldsToSettings(Object.fromEntries(names.map((name) => [name, inputs[name].value])) as unknown as SettingsFields);
		if ('problems' in result) {
			status.textContent = result.problems.map((problem) => messages[problem]()).join(' ');
			return;
		}
		saving = true;
		submit.setAttribute('aria-disabled', 'true');
		status.textContent = t('trainer.settings.saving');
		// The form holds only some settings: the others (personal parameters) are kept as stored.
		const settings = { ...context.progress.settings, ...result.settings };
		context.store
			.saveSettings(settings)
			.then(
				() => {
					context.progress.settings = settings;
					shown = settingsToFields(settings);
					status.textContent = t('trainer.settings.saved');
					changed();
				},
				(error: unknown) => {
					status.textContent =
						error instanceof StorageFullError ? t('trainer.storage.full') : t('trainer.settings.notSaved', { reason: error instanceof Error ? error.message : String(error) });
				},
			)
			.finally(() => {
				saving = false;
				submit.removeAttribute('aria-disabled');
			});
	});
	form.addEventListener('reset', (event) => {
		event.preventDefault();
		fill(false);
	});
	// Another tab saved settings: show them, but keep what the learner is typing.
	form.closest('trainer-app')?.addEventListener(PROGRESS_RELOADED, () => fill(true));
	fill(false);
	fieldset.disabled = false;
}

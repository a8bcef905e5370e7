import { FIELD_LIMITS, fieldsToSettings, PROBLEM_FIELD, settingsToFields, type SettingsFields, type SettingsProblem } from '../../lib/trainer-session/settings-form';
import type { Settings } from '../../lib/srs/types';
import { shortcutsOn } from '../../lib/trainer-session/keyboard';
import { whileBusy } from './busy';
import { part } from './dom';
import { PROGRESS_RELOADED, type TrainerContext } from './progress';

/**
 * The settings form: desired retention, new cards per day, start of day,
 * leech threshold, single-key shortcuts.
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
	const shortcuts = part<HTMLInputElement>(form, 'key-shortcuts');
	const submit = part<HTMLButtonElement>(form, 'settings-save');
	const status = part(form, 'settings-status');
	const names = Object.keys(inputs) as (keyof SettingsFields)[];
	/** What the form last showed of the stored settings, to tell the learner's edits from it. */
	const toFields = (settings: Settings) => settingsToFields(settings, fmt.separators());
	let shown = toFields(context.progress.settings);
	let shownShortcuts = shortcutsOn(context.progress.settings);

	/** Shows the stored settings; `keepEdits` leaves fields the learner has changed as they are. */
	const fill = (keepEdits: boolean): void => {
		const stored = toFields(context.progress.settings);
		for (const name of names) {
			if (!keepEdits || inputs[name].value === shown[name]) inputs[name].value = stored[name];
		}
		shown = stored;
		const storedShortcuts = shortcutsOn(context.progress.settings);
		if (!keepEdits || shortcuts.checked === shownShortcuts) shortcuts.checked = storedShortcuts;
		shownShortcuts = storedShortcuts;
	};
	const messages: Record<SettingsProblem, () => string> = {
		badRetention: () => t('trainer.settings.badRetention', { min: fmt.number(FIELD_LIMITS.retentionPercent.min), max: fmt.number(FIELD_LIMITS.retentionPercent.max) }),
		badNewPerDay: () => t('trainer.settings.badNewPerDay', { min: fmt.number(FIELD_LIMITS.newCardsPerDay.min), max: fmt.number(FIELD_LIMITS.newCardsPerDay.max) }),
		badDayStart: () => t('trainer.settings.badDayStart'),
		badLeechThreshold: () =>
			t('trainer.settings.badLeechThreshold', { min: fmt.number(FIELD_LIMITS.leechThreshold.min), max: fmt.number(FIELD_LIMITS.leechThreshold.max) }),
	};

	/** Marks the fields with a problem invalid and described by the status line that names it; the first gets focus. */
	const markInvalid = (problems: readonly SettingsProblem[]): void => {
		const invalid = new Set(problems.map((problem) => PROBLEM_FIELD[problem]));
		for (const name of names) {
			const input = inputs[name];
			const described = new Set((input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
			if (invalid.has(name)) {
				input.setAttribute('aria-invalid', 'true');
				described.add(status.id);
			} else {
				input.removeAttribute('aria-invalid');
				described.delete(status.id);
			}
			if (described.size > 0) input.setAttribute('aria-describedby', [...described].join(' '));
			else input.removeAttribute('aria-describedby');
		}
		const first = names.find((name) => invalid.has(name));
		if (first) inputs[first].focus();
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void whileBusy([submit], async () => {
			const result = fieldsToSettings(Object.fromEntries(names.map((name) => [name, inputs[name].value])) as unknown as SettingsFields, fmt.separators());
			if ('problems' in result) {
				status.textContent = result.problems.map((problem) => messages[problem]()).join(' ');
				markInvalid(result.problems);
				return;
			}
			markInvalid([]);
			status.textContent = t('trainer.settings.saving');
			// The form holds only some settings: the others (personal parameters) are kept as stored.
			const settings = { ...context.progress.settings, ...result.settings, keyShortcuts: shortcuts.checked };
			try {
				await context.store.saveSettings(settings);
				context.progress.settings = settings;
				shown = toFields(settings);
				shownShortcuts = shortcuts.checked;
				status.textContent = t('trainer.settings.saved');
				changed();
			} catch (error) {
				status.textContent = context.storageFailureText(error, 'trainer.settings.notSaved');
			}
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

/**
 * The settings form's fields and the settings they stand for. Whether the
 * values are valid is decided by checkSettings (srs/valid-state.ts), the
 * same rule imports and stored settings follow, so every value a backup may
 * hold can be shown and saved again by the form.
 */
import { leechThreshold } from '../srs/leech';
import type { Settings } from '../srs/types';
import { checkSettings, SETTINGS_LIMITS } from '../srs/valid-state';

/** The settings form's raw field values, as the inputs hold them. */
export interface SettingsFields {
	retentionPercent: string;
	newCardsPerDay: string;
	dayStart: string;
	leechThreshold: string;
}

export type SettingsProblem = 'badRetention' | 'badNewPerDay' | 'badDayStart' | 'badLeechThreshold';

/** The settings the form's fields edit (personal parameters come from the optimizer; the shortcuts checkbox cannot hold a wrong value). */
type FormSetting = Exclude<keyof Settings, 'parameters' | 'keyShortcuts'>;

const PROBLEM_OF: Record<FormSetting, SettingsProblem> = {
	desiredRetention: 'badRetention',
	newCardsPerDay: 'badNewPerDay',
	dayStartMinutes: 'badDayStart',
	leechThreshold: 'badLeechThreshold',
};

/** The field each problem is about. */
export const PROBLEM_FIELD: Record<SettingsProblem, keyof SettingsFields> = {
	badRetention: 'retentionPercent',
	badNewPerDay: 'newCardsPerDay',
	badDayStart: 'dayStart',
	badLeechThreshold: 'leechThreshold',
};

/** Decimal digits kept when converting between a share and a percentage (drops float noise such as 70.00000000000001). */
const PRECISION = 12;

function percentOf(share: number): number {
	return Number((share * 100).toPrecision(PRECISION));
}

/** The limits as the form shows them (retention in percent), for the inputs' min/max and the messages. */
export const FIELD_LIMITS = {
	retentionPercent: { min: percentOf(SETTINGS_LIMITS.desiredRetention.min), max: percentOf(SETTINGS_LIMITS.desiredRetention.max) },
	newCardsPerDay: SETTINGS_LIMITS.newCardsPerDay,
	leechThreshold: SETTINGS_LIMITS.leechThreshold,
} as const;

/**
 * The fields showing `settings`, the retention written with the page
 * locale's `decimalSeparator` ("90,5" on a Turkish page).
 */
export function settingsToFields(settings: Settings, decimalSeparator = '.'): SettingsFields {
	const hours = Math.floor(settings.dayStartMinutes / 60);
	const minutes = settings.dayStartMinutes % 60;
	return {
		retentionPercent: String(percentOf(settings.desiredRetention)).replace('.', decimalSeparator),
		newCardsPerDay: String(settings.newCardsPerDay),
		dayStart: `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`,
		leechThreshold: String(leechThreshold(settings)),
	};
}

/**
 * A decimal number as typed: digits, with at most one decimal point or
 * comma (whichever the learner's locale writes; no value of the form needs
 * a thousands separator); NaN for anything else.
 */
function decimal(text: string): number {
	const typed = text.trim();
	return /^\d+([.,]\d+)?$/.test(typed) ? Number(typed.replace(',', '.')) : Number.NaN;
}

/**
 * A whole number as a number input holds it: the browser also accepts
 * "12.0" and "1e3" there, so those count; a fraction or anything else is NaN.
 */
function whole(text: string): number {
	const typed = text.trim();
	const value = /^(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(typed) ? Number(typed) : Number.NaN;
	return Number.isInteger(value) ? value : Number.NaN;
}

/** Validates the form; returns the settings or the list of fields that are wrong. */
export function fieldsToSettings(fields: SettingsFields): { settings: Settings } | { problems: SettingsProblem[] } {
	const time = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(fields.dayStart.trim());
	const settings: Settings = {
		desiredRetention: Number((decimal(fields.retentionPercent) / 100).toPrecision(PRECISION)),
		newCardsPerDay: whole(fields.newCardsPerDay),
		dayStartMinutes: time ? Number(time[1]) * 60 + Number(time[2]) : Number.NaN,
		leechThreshold: whole(fields.leechThreshold),
	};
	const problems: SettingsProblem[] = [];
	if (checkSettings(settings, { sink: (problem) => problems.push(PROBLEM_OF[problem.path[0] as FormSetting]) })) return { settings };
	return { problems };
}

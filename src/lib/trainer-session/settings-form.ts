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

/** The settings the form's fields edit (personal parameters, and the previous ones, come from the optimizer; the shortcuts checkbox cannot hold a wrong value). */
type FormSetting = Exclude<keyof Settings, 'parameters' | 'previousParameters' | 'keyShortcuts'>;

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

/** How a locale writes a number's decimal point and the separator between groups of thousands. */
export interface NumberSeparators {
	decimal: string;
	group: string;
}

/** English's, the separators when the page gives none. */
const ENGLISH_SEPARATORS: NumberSeparators = { decimal: '.', group: ',' };

/**
 * The separators of a language (a BCP 47 tag), as Intl writes its numbers:
 * a Turkish page writes ten thousand "10.000", an English one "10,000".
 */
export function numberSeparators(lang: string): NumberSeparators {
	// Seven digits: some locales group four-digit numbers not at all.
	const parts = new Intl.NumberFormat(lang).formatToParts(1_234_567.5);
	return {
		decimal: parts.find((part) => part.type === 'decimal')?.value ?? ENGLISH_SEPARATORS.decimal,
		group: parts.find((part) => part.type === 'group')?.value ?? ENGLISH_SEPARATORS.group,
	};
}

/**
 * The fields showing `settings`, the retention written with the page
 * locale's decimal separator ("90,5" on a Turkish page).
 */
export function settingsToFields(settings: Settings, separators: NumberSeparators = ENGLISH_SEPARATORS): SettingsFields {
	const hours = Math.floor(settings.dayStartMinutes / 60);
	const minutes = settings.dayStartMinutes % 60;
	return {
		retentionPercent: String(percentOf(settings.desiredRetention)).replace('.', separators.decimal),
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

/** `text` with the characters a regular expression gives a meaning escaped. */
function literal(text: string): string {
	return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/**
 * A whole number as typed: digits, or digits grouped by thousands with the
 * locale's group separator ("10.000" on a Turkish page, "10,000" on an
 * English one; a locale grouping with a space also takes a plain space).
 * Anything else, a fraction written with the decimal separator among it, is
 * NaN: "1,5" on a Turkish page or "1.5" on an English one is no whole
 * number, and neither is "1.000" on an English page, which reads as one.
 */
function whole(text: string, separators: NumberSeparators): number {
	const typed = text.trim();
	const group = /^\s$/.test(separators.group) ? '\\s' : literal(separators.group);
	const grouped = new RegExp(`^\\d{1,3}(${group}\\d{3})+$`);
	if (/^\d+$/.test(typed)) return Number(typed);
	return grouped.test(typed) ? Number(typed.replace(/\D/g, '')) : Number.NaN;
}

/** Validates the form, read with the page locale's separators; returns the settings or the list of fields that are wrong. */
export function fieldsToSettings(fields: SettingsFields, separators: NumberSeparators = ENGLISH_SEPARATORS): { settings: Settings } | { problems: SettingsProblem[] } {
	const time = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(fields.dayStart.trim());
	const settings: Settings = {
		desiredRetention: Number((decimal(fields.retentionPercent) / 100).toPrecision(PRECISION)),
		newCardsPerDay: whole(fields.newCardsPerDay, separators),
		dayStartMinutes: time ? Number(time[1]) * 60 + Number(time[2]) : Number.NaN,
		leechThreshold: whole(fields.leechThreshold, separators),
	};
	const problems: SettingsProblem[] = [];
	if (checkSettings(settings, { sink: (problem) => problems.push(PROBLEM_OF[problem.path[0] as FormSetting]) })) return { settings };
	return { problems };
}

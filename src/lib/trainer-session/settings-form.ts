import type { Settings } from '../srs/types';

/** The settings form's raw field values, as the inputs hold them. */
export interface SettingsFields {
	retentionPercent: string;
	newCardsPerDay: string;
	dayStart: string;
}

export type SettingsProblem = 'badRetention' | 'badNewPerDay' | 'badDayStart';

export function settingsToFields(settings: Settings): SettingsFields {
	const hours = Math.floor(settings.dayStartMinutes / 60);
	const minutes = settings.dayStartMinutes % 60;
	return {
		retentionPercent: String(Math.round(settings.desiredRetention * 100)),
		newCardsPerDay: String(settings.newCardsPerDay),
		dayStart: `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`,
	};
}

/** Validates the form; returns the settings or the list of fields that are wrong. */
export function fieldsToSettings(fields: SettingsFields): { settings: Settings } | { problems: SettingsProblem[] } {
	const problems: SettingsProblem[] = [];
	const retention = wholeNumber(fields.retentionPercent);
	if (retention === undefined || retention < 70 || retention > 99) problems.push('badRetention');
	const newCardsPerDay = wholeNumber(fields.newCardsPerDay);
	if (newCardsPerDay === undefined || newCardsPerDay > 1000) problems.push('badNewPerDay');
	const time = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(fields.dayStart.trim());
	if (!time) problems.push('badDayStart');
	if (problems.length > 0 || retention === undefined || newCardsPerDay === undefined || !time) return { problems };
	return {
		settings: {
			desiredRetention: retention / 100,
			newCardsPerDay,
			dayStartMinutes: Number(time[1]) * 60 + Number(time[2]),
		},
	};
}

function wholeNumber(text: string): number | undefined {
	return /^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

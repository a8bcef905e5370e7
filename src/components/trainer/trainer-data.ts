import type { Deck } from '../../lib/decks/types';
import { interpolate } from '../../lib/trainer-session/interpolate';

/** What the server-rendered page hands the island in its JSON script. */
export interface TrainerData {
	/** Page locale code ('en', 'tr'), also the BCP 47 tag for Intl. */
	locale: string;
	/** The site's base path (import.meta.env.BASE_URL). */
	base: string;
	strings: Record<string, string>;
	decks: Deck[];
}

export type Translate = (key: string, values?: Readonly<Record<string, string | number>>) => string;

export function readTrainerData(root: HTMLElement): TrainerData {
	const script = root.querySelector('script[type="application/json"]');
	if (!script?.textContent) throw new Error('trainer: the page has no data script');
	return JSON.parse(script.textContent) as TrainerData;
}

/** The island's t(): strings come from the server-rendered page, never from code. */
export function translator(strings: Readonly<Record<string, string>>): Translate {
	return (key, values) => {
		const template = strings[key];
		if (template === undefined) throw new Error(`trainer: no string "${key}" on the page`);
		return values ? interpolate(template, values) : template;
	};
}

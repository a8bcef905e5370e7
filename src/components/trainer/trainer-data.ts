import type { Deck } from '../../lib/decks/types';
import type { PageLocale } from '../../lib/locales';
import { interpolate, type Translate } from '../../lib/trainer-session/interpolate';

export type { Translate };

/** What the server-rendered page hands the island in its JSON script. */
export interface TrainerData {
	/** The page's locale: its code for URLs and texts, its BCP 47 tag for Intl. */
	locale: PageLocale;
	/** The site's base path (import.meta.env.BASE_URL). */
	base: string;
	strings: Record<string, string>;
	/** The decks' file in this locale (src/pages/[locale]/practice/trainer/decks.json.ts). */
	decksUrl: string;
	/** The strings of the parts loaded on demand (src/lib/trainer-session/panel-strings.ts), a file of their own. */
	panelStringsUrl: string;
}

export function readTrainerData(root: HTMLElement): TrainerData {
	const script = root.querySelector('script[type="application/json"]');
	if (!script?.textContent) throw new Error('trainer: the page has no data script');
	return JSON.parse(script.textContent) as TrainerData;
}

/**
 * The decks, from their file (the service worker keeps it with the locale's
 * pages). While it cannot be fetched, `waiting` is called and the fetch is
 * tried again each time the browser comes back online.
 */
export async function loadDecks(url: string, waiting: () => void): Promise<Deck[]> {
	for (;;) {
		try {
			const response = await fetch(url);
			if (response.ok) return (await response.json()) as Deck[];
		} catch {
			// Offline, or the connection dropped: wait for it below.
		}
		waiting();
		await new Promise((resolve) => addEventListener('online', resolve, { once: true }));
	}
}

/** The panels' strings from their file; rejects when it cannot be fetched (offline before the service worker kept it). */
export async function fetchPanelStrings(url: string): Promise<Record<string, string>> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`trainer: ${url} answered ${response.status}`);
	return (await response.json()) as Record<string, string>;
}

/**
 * The island's t(): strings come from the server-rendered page and the
 * panels' file (added to `strings` when it arrives), never from code.
 */
export function translator(strings: Readonly<Record<string, string>>): Translate {
	return (key, values) => {
		const template = strings[key];
		if (template === undefined) throw new Error(`trainer: no string "${key}" on the page`);
		return values ? interpolate(template, values) : template;
	};
}

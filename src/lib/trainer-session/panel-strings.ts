/**
 * The trainer page carries the strings of its first view (deck table,
 * session, cards, alerts); the strings that only the parts loaded on demand
 * use (statistics, card browser, settings, optimizer, workload, backup,
 * "Your data", damage notices) come in a file of their own, fetched with
 * that code. A third of the page's compressed size less, which a phone's
 * connection shows as an earlier first paint.
 */

import english from '../../i18n/en/trainer.json';
import englishCards from '../../i18n/en/trainer-cards.json';

/** Every key of the trainer's strings, as the source locale's files list them: the page's and the panels' file's. */
export const TRAINER_STRING_KEYS: readonly string[] = Object.keys({ ...english, ...englishCards });

/** The second segment of a key (`trainer.<group>.…`) of the parts loaded on demand. */
const PANEL_GROUPS = new Set(['backup', 'cards', 'damage', 'data', 'leeches', 'optimizer', 'problem', 'retention', 'settings', 'stats']);

/**
 * Keys of those groups that code loaded with the page uses: the reminder's
 * export, a card's name when its deck is gone, a new leech during a session.
 * page-strings.test.ts holds this list to what that code uses.
 */
const PAGE_KEYS = new Set([
	'trainer.backup.exportFailed',
	'trainer.backup.exported',
	'trainer.backup.exportedDamaged',
	'trainer.backup.exportedDamagedMore',
	'trainer.backup.exportedChanges',
	'trainer.cards.unknownCard',
	'trainer.leeches.became',
	'trainer.leeches.inSession',
]);

/** Whether `key` travels in the panels' strings file rather than in the page. */
export function isPanelString(key: string): boolean {
	const group = key.split('.')[1];
	return group !== undefined && PANEL_GROUPS.has(group) && !PAGE_KEYS.has(key);
}

/** `strings` split into the page's and the panels' file's. */
export function splitStrings(strings: Readonly<Record<string, string>>): { page: Record<string, string>; panels: Record<string, string> } {
	const page: Record<string, string> = {};
	const panels: Record<string, string> = {};
	for (const [key, text] of Object.entries(strings)) (isPanelString(key) ? panels : page)[key] = text;
	return { page, panels };
}

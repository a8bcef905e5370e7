import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stampLesson, stampYaml } from '../lib/i18n-status/stamp';
import type { ItemStatus } from '../lib/i18n-status/types';
import { readTranslationStatus } from './i18n-status-data';

/**
 * `npm run i18n:status -- --stamp <locale> [<kind>:<id> …]`: records the
 * current English hash in the translations named (after the translator has
 * brought them up to date), or, with no names, in every translation of the
 * locale that has none yet. Returns one line per recorded hash.
 */
export function stampTranslations(root: string, locale: string, selectors: readonly string[]): string[] {
	const report = readTranslationStatus(root);
	const status = report.locales.find((l) => l.locale === locale);
	if (!status) throw new Error(`--stamp: "${locale}" is not a translated locale of the site (${report.locales.map((l) => l.locale).join(', ')})`);
	const items = selectors.length === 0 ? status.items.filter((item) => item.state === 'unstamped') : selectors.map((selector) => select(status.items, locale, selector));
	for (const [file, group] of Map.groupBy(items, (item) => item.file)) {
		const path = join(root, file);
		const text = readFileSync(path, 'utf8');
		writeFileSync(path, group[0]!.kind === 'lesson' ? stampLesson(text, group[0]!.sourceHash!, file) : stampYaml(text, group));
	}
	return items.map((item) => `${item.file}: ${item.kind}:${item.id} sourceHash ${item.sourceHash}`);
}

/** The item `<kind>:<id>` names, if it is a translation that can take a hash. */
function select(items: readonly ItemStatus[], locale: string, selector: string): ItemStatus {
	const colon = selector.indexOf(':');
	const [kind, id] = [selector.slice(0, colon), selector.slice(colon + 1)];
	const item = items.find((candidate) => candidate.kind === kind && candidate.id === id);
	if (colon < 0 || !item) throw new Error(`--stamp ${locale}: no item "${selector}"; write <kind>:<id> as the status report prints it, e.g. lesson:strategies/introduction`);
	if (!item.sourceHash) throw new Error(`--stamp ${locale}: ${selector} has no hash to record (interface strings have none)`);
	if (item.state === 'missing' || item.state === 'orphaned') throw new Error(`--stamp ${locale}: ${selector} is ${item.state}; translate it first`);
	return item;
}

import { compareLocale } from './compare.ts';
import { contentKinds, itemStates, type ContentKind, type ItemState, type ItemStatus, type KindInventory } from './types.ts';

export type StateCounts = Record<ItemState, number>;

export interface LocaleStatus {
	locale: string;
	/** Marked in progress in src/lib/locales.ts: published, but not expected to be complete. */
	inProgress?: true;
	/** Every item of every kind, in kind order then source order; orphans last within their kind. */
	items: ItemStatus[];
	counts: Record<ContentKind, StateCounts & { total: number }>;
}

export interface StatusReport {
	sourceLocale: string;
	/** One entry per translated locale (every site locale but the source). */
	locales: LocaleStatus[];
}

function emptyCounts(): StateCounts & { total: number } {
	return { ...(Object.fromEntries(itemStates.map((state) => [state, 0])) as StateCounts), total: 0 };
}

/** Compares every locale but the source with the source, for every content kind given. */
export function buildReport(inventories: readonly KindInventory[], locales: readonly string[], sourceLocale: string, inProgress: readonly string[] = []): StatusReport {
	const ordered = [...inventories].sort((a, b) => contentKinds.indexOf(a.kind) - contentKinds.indexOf(b.kind));
	return {
		sourceLocale,
		locales: locales
			.filter((locale) => locale !== sourceLocale)
			.map((locale) => {
				const items = ordered.flatMap((inventory) => compareLocale(inventory, locale));
				const counts = Object.fromEntries(contentKinds.map((kind) => [kind, emptyCounts()])) as LocaleStatus['counts'];
				for (const item of items) {
					counts[item.kind][item.state] += 1;
					// Orphans are not part of what English offers, so they do not count towards the total.
					if (item.state !== 'orphaned') counts[item.kind].total += 1;
				}
				return { locale, ...(inProgress.includes(locale) ? { inProgress: true as const } : {}), items, counts };
			}),
	};
}

/** Items that leave work for a translator: everything but current ones. */
export function itemsToDo(report: StatusReport): ItemStatus[] {
	return report.locales.flatMap((locale) => locale.items.filter((item) => item.state !== 'current'));
}

/**
 * What fails a run, over the locales it checks: the one named, or else
 * every locale not marked in progress. `strict`: anything left to do.
 * `check` (the consistency check `npm test` runs): missing and orphaned
 * items only, since an English edit must not break the build before its
 * translator has had a chance to follow it.
 */
export function failingItems(report: StatusReport, mode: 'strict' | 'check', only?: string): ItemStatus[] {
	const failing: readonly ItemState[] = mode === 'strict' ? ['missing', 'outdated', 'unstamped', 'orphaned'] : ['missing', 'orphaned'];
	const checked = report.locales.filter((status) => (only === undefined ? !status.inProgress : status.locale === only));
	return itemsToDo({ ...report, locales: checked }).filter((item) => failing.includes(item.state));
}

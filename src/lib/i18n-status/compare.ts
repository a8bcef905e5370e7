import type { ItemState, ItemStatus, KindInventory, SourceItem, TranslatedItem } from './types.ts';

/** The verdict for one item English has, given what the locale holds for it. */
function judge(item: SourceItem, translation: TranslatedItem | undefined): ItemState {
	if (!translation || (translation.missingFields?.length ?? 0) > 0) return 'missing';
	if (item.hash === undefined) return 'current';
	if (translation.recordedHash === undefined) return 'unstamped';
	return translation.recordedHash === item.hash ? 'current' : 'outdated';
}

/**
 * Compares one locale's translations of one content kind with the source
 * items. Items are matched by id; an orphaned translation whose recorded hash
 * equals the hash of a missing item is reported as probably renamed, since the
 * English text it was made from now lives under that id.
 */
export function compareLocale(inventory: KindInventory, locale: string): ItemStatus[] {
	const translations = new Map((inventory.translations[locale] ?? []).map((t) => [t.id, t]));
	const statuses: ItemStatus[] = inventory.source.map((item) => {
		const translation = translations.get(item.id);
		const state = judge(item, translation);
		return {
			kind: inventory.kind,
			locale,
			id: item.id,
			state,
			file: translation?.file ?? inventory.expectedFile(item, locale),
			sourceFile: item.file,
			...(item.hash ? { sourceHash: item.hash } : {}),
			...(translation?.recordedHash ? { recordedHash: translation.recordedHash } : {}),
			...(state === 'missing' && translation?.missingFields?.length ? { missingFields: translation.missingFields } : {}),
		};
	});
	const sourceIds = new Set(inventory.source.map((item) => item.id));
	const missingByHash = new Map(
		statuses.filter((s) => s.state === 'missing' && s.sourceHash && !translations.has(s.id)).map((s) => [s.sourceHash!, s.id]),
	);
	for (const translation of translations.values()) {
		if (sourceIds.has(translation.id)) continue;
		const renamedTo = translation.recordedHash ? missingByHash.get(translation.recordedHash) : undefined;
		statuses.push({
			kind: inventory.kind,
			locale,
			id: translation.id,
			state: 'orphaned',
			file: translation.file,
			...(translation.recordedHash ? { recordedHash: translation.recordedHash } : {}),
			...(renamedTo ? { renamedTo } : {}),
		});
	}
	return statuses;
}

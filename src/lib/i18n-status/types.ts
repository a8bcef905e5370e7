/**
 * Shapes shared by the translation-status tool: what each kind of content
 * offers in the source locale, what a translation holds, and the verdict for
 * each item. Pure data: no file system, no Astro.
 */

/** The kinds of translatable content, in the order reports list them. */
export const contentKinds = ['ui', 'chapter', 'lesson', 'glossary', 'card', 'scenario'] as const;
export type ContentKind = (typeof contentKinds)[number];

/** One translatable item of the source locale (English). */
export interface SourceItem {
	/** Stable id within its kind: a UI key, a chapter folder, a lesson id, a concept id, `deck/card`, a scenario concept. */
	id: string;
	/** Where the English text lives, from the project root. */
	file: string;
	/**
	 * Hash of the English text a translation must match (see source-hash.ts);
	 * undefined for kinds that do not track outdated translations (UI keys).
	 */
	hash?: string;
}

/** What one locale has for one item. */
export interface TranslatedItem {
	id: string;
	/** The file that holds the translation. */
	file: string;
	/** The `sourceHash` the translator recorded, if any. */
	recordedHash?: string;
	/** Text fields the English item has and this translation still lacks (cards, deck texts). */
	missingFields?: string[];
}

/** Everything one content kind offers: the source items, and each locale's translations. */
export interface KindInventory {
	kind: ContentKind;
	source: SourceItem[];
	/** Translations by locale code; a locale without any is absent or empty. */
	translations: Record<string, TranslatedItem[]>;
	/** Where a locale's translation of an item belongs when it does not exist yet. */
	expectedFile: (item: SourceItem, locale: string) => string;
}

/**
 * - missing: no translation, or one lacking some fields (the site shows English);
 * - outdated: the English text changed since the translation's recorded hash;
 * - unstamped: translated, but no hash recorded, so it cannot be checked;
 * - orphaned: a translation of an item English no longer has (often a rename);
 * - current: translated from the English text as it is now.
 */
export const itemStates = ['missing', 'outdated', 'unstamped', 'orphaned', 'current'] as const;
export type ItemState = (typeof itemStates)[number];

export interface ItemStatus {
	kind: ContentKind;
	locale: string;
	id: string;
	state: ItemState;
	/** The translation's file (or where it belongs, when missing). */
	file: string;
	/** The English file, when English has the item. */
	sourceFile?: string;
	/** The hash to record once the translation matches the English text. */
	sourceHash?: string;
	recordedHash?: string;
	missingFields?: string[];
	/** For an orphan whose recorded hash matches a missing item: the id it was probably renamed to. */
	renamedTo?: string;
}

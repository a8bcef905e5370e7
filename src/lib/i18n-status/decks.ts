import { isRecord, readYaml, type ContentAdapter, type ProjectFiles } from './project-files.ts';
import { readRecordedHash, sourceHashOf } from './source-hash.ts';
import type { SourceItem, TranslatedItem } from './types.ts';

/**
 * Deck texts: `quizzes/<deck>/<locale>.yaml`. Each card with English texts is
 * one item, `<deck>/<card>` (the trainer's card key); the deck's own texts
 * (title, description, prompts of generated cards) are one item, `<deck>`.
 * A translation records `sourceHash:` beside the texts it translates: in the
 * card's entry for a card, at the top of the file for the deck's texts.
 * Generated scenario cards have no texts; glossary term cards come from the glossary.
 */

const deckFields = ['title', 'description', 'glossaryPrompts'] as const;
const hashField = 'sourceHash';

/** Dotted paths of every text in a card's or deck's texts: `front`, `options.small.feedback`. */
export function textPaths(value: unknown, prefix = ''): string[] {
	if (typeof value === 'string') return value.trim() ? [prefix] : [];
	if (!isRecord(value)) return [];
	return Object.entries(value).flatMap(([key, child]) => (prefix === '' && key === hashField ? [] : textPaths(child, prefix ? `${prefix}.${key}` : key)));
}

function withoutHash(texts: Record<string, unknown>): Record<string, unknown> {
	const { [hashField]: _recorded, ...rest } = texts;
	return rest;
}

function deckTexts(texts: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(deckFields.filter((field) => texts[field] !== undefined).map((field) => [field, texts[field]]));
}

/** The hash a translation of these English texts records. */
export function deckTextsHash(texts: Record<string, unknown>): string {
	return sourceHashOf(withoutHash(texts));
}

interface DeckFiles {
	deck: string;
	/** The parsed `<locale>.yaml`, by locale, when it exists and is a mapping. */
	texts: Map<string, Record<string, unknown>>;
	path: (locale: string) => string;
}

function decks(files: ProjectFiles, locales: readonly string[]): DeckFiles[] {
	const folders = new Set(
		files
			.list('quizzes')
			.map((path) => /^quizzes\/([^/]+)\/deck\.ya?ml$/.exec(path)?.[1])
			.filter((deck): deck is string => deck !== undefined),
	);
	return [...folders].sort().map((deck) => {
		const path = (locale: string) => `quizzes/${deck}/${locale}.yaml`;
		const texts = new Map<string, Record<string, unknown>>();
		for (const locale of locales) {
			const data = readYaml(files, path(locale));
			if (isRecord(data)) texts.set(locale, data);
		}
		return { deck, texts, path };
	});
}

/** One item per text group English has: the deck's own texts, then each card's. */
function groups(texts: Record<string, unknown>, deck: string): { id: string; texts: Record<string, unknown> }[] {
	const cards = isRecord(texts['cards']) ? texts['cards'] : {};
	return [
		{ id: deck, texts: { ...deckTexts(texts), [hashField]: texts[hashField] } },
		...Object.entries(cards).map(([card, cardTexts]) => ({ id: `${deck}/${card}`, texts: isRecord(cardTexts) ? cardTexts : {} })),
	];
}

export const decksAdapter: ContentAdapter = {
	kind: 'card',
	inventory(files, locales, sourceLocale) {
		const source: SourceItem[] = [];
		const translations: Record<string, TranslatedItem[]> = Object.fromEntries(locales.filter((l) => l !== sourceLocale).map((l) => [l, []]));
		for (const { deck, texts, path } of decks(files, locales)) {
			const english = texts.get(sourceLocale);
			if (!english) continue;
			const sourceGroups = groups(english, deck).filter((group) => textPaths(group.texts).length > 0);
			for (const group of sourceGroups) source.push({ id: group.id, file: path(sourceLocale), hash: deckTextsHash(group.texts) });
			for (const [locale, items] of Object.entries(translations)) {
				const own = texts.get(locale);
				if (!own) continue;
				const byId = new Map(groups(own, deck).map((group) => [group.id, group.texts]));
				for (const group of sourceGroups) {
					const translated = byId.get(group.id);
					const have = new Set(textPaths(translated));
					if (have.size === 0) continue;
					const missingFields = textPaths(group.texts).filter((field) => !have.has(field));
					const recordedHash = readRecordedHash(translated?.[hashField]);
					items.push({ id: group.id, file: path(locale), ...(recordedHash ? { recordedHash } : {}), ...(missingFields.length ? { missingFields } : {}) });
				}
				for (const [id, orphanTexts] of byId) {
					if (id === deck || sourceGroups.some((group) => group.id === id)) continue;
					const recordedHash = readRecordedHash(orphanTexts[hashField]);
					items.push({ id, file: path(locale), ...(recordedHash ? { recordedHash } : {}) });
				}
			}
		}
		return { kind: 'card', source, translations, expectedFile: (item, locale) => item.file.replace(/[^/]+\.yaml$/, `${locale}.yaml`) };
	},
};

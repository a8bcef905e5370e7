import { isMap, isScalar, parseDocument, type Document, type YAMLMap } from 'yaml';
import type { ItemStatus } from './types';

/**
 * Records `sourceHash` in translation files for `npm run i18n:status --
 * --stamp`: once a translator has checked that a translation matches the
 * English text, the tool writes the hash instead of the translator copying it.
 * Edits are surgical: one line in a lesson's frontmatter, one key in a YAML
 * file, comments and formatting left as they were.
 */

const hashLine = /^sourceHash:.*$/m;

/** A lesson with `sourceHash: <hash>` in its frontmatter (replaced, or added as the last field). */
export function stampLesson(text: string, hash: string, file: string): string {
	const match = /^---(\r?\n)([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
	if (!match) throw new Error(`${file}: no frontmatter (--- … ---) to record sourceHash in`);
	const [, newline, block = ''] = match;
	const stamped = hashLine.test(block) ? block.replace(hashLine, `sourceHash: ${hash}`) : `${block}${newline}sourceHash: ${hash}`;
	return text.replace(block, stamped);
}

/** Sets `sourceHash` in a YAML mapping: in place when present, else right after the last of `after` the map has, else first. */
function setHash(map: YAMLMap, hash: string, after: readonly string[], doc: Document): void {
	const existing = map.items.find((pair) => isScalar(pair.key) && pair.key.value === 'sourceHash');
	if (existing) {
		existing.value = doc.createNode(hash);
		return;
	}
	const index = map.items.findLastIndex((pair) => isScalar(pair.key) && after.includes(String(pair.key.value)));
	map.items.splice(index + 1, 0, doc.createPair('sourceHash', hash));
}

/** Where an item's hash goes in its YAML file: the glossary entry with its id, the card's texts, or the deck's top level. */
function targetMap(doc: Document, item: Pick<ItemStatus, 'kind' | 'id' | 'file'>): { map: YAMLMap; after: string[] } {
	const fail = (what: string) => new Error(`${item.file}: ${what}, so sourceHash for "${item.id}" cannot be recorded`);
	const contents = doc.contents;
	if (item.kind === 'glossary') {
		const entries = contents && 'items' in contents ? contents.items : [];
		const entry = entries.find((node) => isMap(node) && node.get('id') === item.id);
		if (!isMap(entry)) throw fail(`no entry with id "${item.id}"`);
		return { map: entry, after: ['id', 'term', 'alternatives', 'definition'] };
	}
	if (!isMap(contents)) throw fail('the file is not a mapping');
	const card = item.id.includes('/') ? item.id.slice(item.id.indexOf('/') + 1) : undefined;
	if (card === undefined) return { map: contents, after: ['title', 'description', 'glossaryPrompts'] };
	const cards = contents.get('cards');
	const texts = isMap(cards) ? cards.get(card) : undefined;
	if (!isMap(texts)) throw fail(`no texts for card "${card}"`);
	return { map: texts, after: [] };
}

/** A glossary or deck texts file with the hash of each item recorded; every item must live in this file. */
export function stampYaml(text: string, items: readonly Pick<ItemStatus, 'kind' | 'id' | 'file' | 'sourceHash'>[]): string {
	const doc = parseDocument(text);
	for (const item of items) {
		if (!item.sourceHash) throw new Error(`${item.file}: "${item.id}" has no English text to take a hash from`);
		const { map, after } = targetMap(doc, item);
		setHash(map, item.sourceHash, after, doc);
	}
	return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

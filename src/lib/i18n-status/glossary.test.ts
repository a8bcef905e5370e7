import { describe, expect, it } from 'vitest';
import { compareLocale } from './compare';
import { glossaryAdapter, glossaryEntryHash } from './glossary';
import { memoryFiles } from './test-files';

const head = { id: 'head', term: 'Head', definition: 'The new layers trained on the target task.' };
const english = `- id: head\n  term: Head\n  definition: The new layers trained on the target task.\n- id: layer\n  term: Layer\n  alternatives: [tier]\n  definition: One stage of a network.\n`;

function statusOf(englishFile: string, turkishFile: string) {
	const files = memoryFiles({ 'content/glossary/en.yaml': englishFile, 'content/glossary/tr.yaml': turkishFile });
	return compareLocale(glossaryAdapter.inventory(files, ['en', 'tr'], 'en'), 'tr').map(({ id, state }) => ({ id, state }));
}

describe('glossary entries', () => {
	const turkish = `- id: head\n  term: Başlık\n  sourceHash: ${glossaryEntryHash(head)}\n  definition: Hedef görevde eğitilen yeni katmanlar.\n`;

	it('is current when the recorded hash matches the English term and definition', () => {
		expect(statusOf(english, turkish)).toEqual([
			{ id: 'head', state: 'current' },
			{ id: 'layer', state: 'missing' },
		]);
	});

	it('does not count English alternatives as a change: each language lists its own', () => {
		expect(statusOf(english.replace('definition: The new', 'alternatives: [top]\n  definition: The new'), turkish)[0]?.state).toBe('current');
	});

	it('is outdated when the English definition changed', () => {
		expect(statusOf(english.replace('trained on', 'trained for'), turkish)[0]?.state).toBe('outdated');
	});

	it('keeps its status when the English entries are reordered', () => {
		const [first, second] = english.split(/(?=- id: layer)/);
		expect(statusOf(`${second}${first}`, turkish)).toContainEqual({ id: 'head', state: 'current' });
	});

	it('reports an entry whose concept English no longer has', () => {
		expect(statusOf(english, `${turkish}- id: dropped\n  term: Atılan\n  definition: Eski.\n`)).toContainEqual({ id: 'dropped', state: 'orphaned' });
	});
});

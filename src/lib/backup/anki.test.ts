import { describe, expect, it } from 'vitest';
import { ankiDeckText, ankiField } from './anki';
import { HOSTILE, hostileDeck, questionFor } from './export-fixtures';

/** Reads tab-separated records with double-quoted fields, as Anki's importer does. */
function readRecords(text: string): string[][] {
	const records: string[][] = [];
	let fields: string[] = [];
	let field = '';
	let quoted = false;
	for (let index = 0; index < text.length; index += 1) {
		const character = text[index];
		if (quoted) {
			if (character === '"' && text[index + 1] === '"') {
				field += '"';
				index += 1;
			} else if (character === '"') quoted = false;
			else field += character;
		} else if (character === '"' && field === '') quoted = true;
		else if (character === '\t') {
			fields.push(field);
			field = '';
		} else if (character === '\n') {
			records.push([...fields, field]);
			fields = [];
			field = '';
		} else field += character;
	}
	return records;
}

describe('ankiDeckText', () => {
	const text = ankiDeckText(hostileDeck, questionFor, 'en');
	const lines = text.split('\n');

	it('starts with the file headers Anki documents, the deck title on one line', () => {
		expect(lines.slice(0, 7)).toEqual([
			'#separator:tab',
			'#html:false',
			'#notetype:Basic',
			`#deck:Deck with ${HOSTILE.replace(/\s+/g, ' ')}`,
			'#columns:Front\tBack\tTags\tGUID',
			'#tags column:3',
			'#guid column:4',
		]);
	});

	it('keeps hostile text intact inside its field: no extra fields, notes or headers', () => {
		const notes = readRecords(lines.slice(7).join('\n'));
		expect(notes).toHaveLength(5);
		for (const note of notes) expect(note).toHaveLength(4);
		expect(notes[0]).toEqual([`#${HOSTILE}`, HOSTILE, 'hostile strategies::transfer-learning', 'transfer-trainer:en:hostile/flash']);
		expect(notes[1]![0]).toBe(`${HOSTILE}\n\nA. right {1}\nB. wrong ~2`);
		expect(notes[1]![1]).toBe('✓ A. right {1} — yes: because\n✗ B. wrong ~2\n\nwhy = this');
		expect(notes[3]![1]).toBe('✗ A. True — It {depends}\n✓ B. False — It {depends}');
	});

	it('quotes only fields that need it', () => {
		expect(ankiField('plain text')).toBe('plain text');
		expect(ankiField('say "hi"')).toBe('"say ""hi"""');
		expect(ankiField('#not a header')).toBe('"#not a header"');
		expect(ankiField('line\r\nbreak\u0000')).toBe('"line\nbreak"');
	});

	it('uses the title in the page locale', () => {
		expect(ankiDeckText(hostileDeck, questionFor, 'tr').split('\n')[3]).toBe('#deck:Deste');
	});
});

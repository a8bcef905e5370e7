import { describe, expect, it } from 'vitest';
import { stampLesson, stampYaml } from './stamp';

describe('stampLesson', () => {
	it('adds sourceHash as the last frontmatter field, leaving the rest as it was', () => {
		expect(stampLesson('---\ntitle: Giriş\ndeck: intro\n---\n\nMetin.\n', 'aaaaaaaaaaaa', 'x.md')).toBe('---\ntitle: Giriş\ndeck: intro\nsourceHash: aaaaaaaaaaaa\n---\n\nMetin.\n');
	});

	it('replaces a recorded hash', () => {
		expect(stampLesson('---\nsourceHash: 000000000000\ntitle: Giriş\n---\nMetin.', 'bbbbbbbbbbbb', 'x.md')).toBe('---\nsourceHash: bbbbbbbbbbbb\ntitle: Giriş\n---\nMetin.');
	});

	it('names the file when there is no frontmatter', () => {
		expect(() => stampLesson('Metin.', 'aaaaaaaaaaaa', 'content/tr/x.md')).toThrow('content/tr/x.md: no frontmatter');
	});
});

describe('stampYaml', () => {
	const glossary = '# Türkçe sözlük\n- id: head\n  term: Başlık\n  alternatives: [kafa, tepe]\n  definition: Yeni katmanlar.\n- id: layer\n  term: Katman\n  definition: Ağın bir aşaması.\n';

	it('adds the hash to a glossary entry after its texts, keeping comments and flow lists', () => {
		const stamped = stampYaml(glossary, [{ kind: 'glossary', id: 'layer', file: 'tr.yaml', sourceHash: 'cccccccccccc' }]);
		expect(stamped).toBe(glossary.replace('Ağın bir aşaması.\n', 'Ağın bir aşaması.\n  sourceHash: cccccccccccc\n'));
	});

	it('puts a deck’s hash after its own texts and a card’s hash first among its texts', () => {
		const deck = 'title: Başlık\ndescription: Açıklama\ncards:\n  definition:\n    front: Ön\n    back: Arka\n';
		const stamped = stampYaml(deck, [
			{ kind: 'card', id: 'terms', file: 'tr.yaml', sourceHash: 'dddddddddddd' },
			{ kind: 'card', id: 'terms/definition', file: 'tr.yaml', sourceHash: 'eeeeeeeeeeee' },
		]);
		expect(stamped).toBe('title: Başlık\ndescription: Açıklama\nsourceHash: dddddddddddd\ncards:\n  definition:\n    sourceHash: eeeeeeeeeeee\n    front: Ön\n    back: Arka\n');
	});

	it('names the file and the item it cannot find', () => {
		expect(() => stampYaml(glossary, [{ kind: 'glossary', id: 'unit', file: 'content/glossary/tr.yaml', sourceHash: 'cccccccccccc' }])).toThrow(
			'content/glossary/tr.yaml: no entry with id "unit", so sourceHash for "unit" cannot be recorded',
		);
	});
});

import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { sampleProject } from '../src/integrations/glossary-sample-project';
import { siteContent } from '../src/integrations/site-content';
import { exportDeck } from '../src/lib/backup/deck-export';
import { exportDecks, main } from './export-decks-main';

const root = resolve(import.meta.dirname, '..');
const outDir = () => mkdtempSync(join(tmpdir(), 'decks-'));

describe('export:decks', () => {
	it('writes every deck in every locale as GIFT and Anki text, the same files the trainer offers', () => {
		const out = outDir();
		const written = exportDecks(root, { out });
		const { decks } = siteContent(root);
		expect(written).toHaveLength(decks.length * 2 * 2);
		const deck = decks.find((d) => d.id === 'transfer-learning')!;
		for (const format of ['gift', 'anki'] as const) {
			const expected = exportDeck(deck, 'tr', format);
			expect(readFileSync(join(out, expected.fileName), 'utf8')).toBe(expected.text);
		}
		expect(readFileSync(join(out, 'transfer-learning-tr.gift.txt'), 'utf8')).toContain('$CATEGORY: transfer-learning');
	});

	it('narrows to the decks, locales and formats asked for', () => {
		const out = outDir();
		expect(main(root, ['--out', out, '--deck', 'terms', '--locale', 'tr', '--format', 'anki'])).toBe(0);
		expect(readdirSync(out)).toEqual(['terms-tr.anki.txt']);
	});

	it('names what it does not know, without a stack trace, and writes nothing', () => {
		const out = join(outDir(), 'new');
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		expect(main(root, ['--out', out, '--deck', 'no-such-deck', '--format', 'pdf'])).toBe(1);
		expect(error).toHaveBeenCalledWith(expect.stringMatching(/^export:decks: Unknown deck "no-such-deck": choose from .*terms/));
		expect(() => readdirSync(out)).toThrow();
		error.mockRestore();
	});

	it('refuses invalid decks, naming the file', () => {
		const project = sampleProject({ 'quizzes/broken/deck.yaml': 'cards: [' });
		expect(() => exportDecks(project, { out: outDir() })).toThrow(/quizzes\/broken\/deck\.yaml.*not valid YAML/s);
	});
});

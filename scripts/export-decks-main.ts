import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { siteContent } from '../src/integrations/site-content';
import { deckExportFormats, exportDeck, type DeckExportFormat } from '../src/lib/backup/deck-export';
import { formatProblems } from '../src/lib/content/problems';
import { deckSourceLocale } from '../src/lib/decks/localize';
import { locales } from '../src/lib/locales';

/**
 * `npm run export:decks`: every deck of quizzes/ as Moodle GIFT and Anki
 * text, in every locale, with the trainer's own exporters and file names.
 *   --out DIR (default dist-decks)  --deck ID  --locale CODE  --format gift|anki
 * (each filter may be repeated).
 */

export interface ExportOptions {
	out: string;
	decks?: string[] | undefined;
	locales?: string[] | undefined;
	formats?: string[] | undefined;
}

/** One file written: its path, and how many of its cards are still partly in the source language. */
export interface WrittenExport {
	path: string;
	locale: string;
	cards: number;
	untranslated: number;
}

/** Writes the chosen exports and returns what it wrote; throws one Error naming what is unknown or invalid. */
export function exportDecks(root: string, options: ExportOptions): WrittenExport[] {
	const { decks, problems } = siteContent(root);
	if (problems.length > 0) throw new Error(formatProblems(problems, 'The decks cannot be exported until these are fixed'));
	const chosen = (kind: string, known: readonly string[], wanted: string[] | undefined): string[] => {
		const unknown = (wanted ?? []).filter((value) => !known.includes(value));
		if (unknown.length > 0) throw new Error(`Unknown ${kind} ${unknown.map((u) => `"${u}"`).join(', ')}: choose from ${known.join(', ')}`);
		return wanted?.length ? wanted : [...known];
	};
	const deckIds = chosen('deck', decks.map((deck) => deck.id), options.decks);
	const localeCodes = chosen('locale', locales.map((locale) => locale.code), options.locales);
	const formats = chosen('format', deckExportFormats, options.formats) as DeckExportFormat[];
	mkdirSync(options.out, { recursive: true });
	const written: WrittenExport[] = [];
	for (const deck of decks.filter((d) => deckIds.includes(d.id))) {
		for (const locale of localeCodes) {
			for (const format of formats) {
				const { fileName, text, cards, untranslated } = exportDeck(deck, locale, format);
				const path = join(options.out, fileName);
				writeFileSync(path, text);
				written.push({ path, locale, cards, untranslated });
			}
		}
	}
	return written;
}

export function main(root: string, argv: string[]): number {
	try {
		const { values } = parseArgs({
			args: argv,
			options: {
				out: { type: 'string', default: 'dist-decks' },
				deck: { type: 'string', multiple: true },
				locale: { type: 'string', multiple: true },
				format: { type: 'string', multiple: true },
			},
		});
		const out = resolve(root, values.out);
		const written = exportDecks(root, { out, decks: values.deck, locales: values.locale, formats: values.format });
		console.log(`Wrote ${written.length} file(s) to ${relative(root, out) || '.'}/:`);
		// A language in progress exports what its learners see: the source text where a translation is missing, said here since the files cannot say it.
		for (const { path, locale, cards, untranslated } of written) {
			console.log(`  ${relative(out, path)}${untranslated > 0 ? ` (${untranslated} of ${cards} cards partly in ${deckSourceLocale}: not yet translated into ${locale})` : ''}`);
		}
		return 0;
	} catch (error) {
		console.error(`export:decks: ${(error as Error).message}`);
		return 1;
	}
}
